package org.usrok.fund.application;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * Filters of the application lists and officers' review queue; null means "any".
 * {@code withoutEvidence} keeps the applications a company can still change (draft or returned)
 * that have no attachment yet, the figure the company's home page counts.
 */
public record ApplicationQuery(Long roundId, ApplicationStatus status, CountryCode country, Boolean withoutEvidence) implements Serializable {

    public ApplicationQuery(Long roundId, ApplicationStatus status, CountryCode country) {
        this(roundId, status, country, null);
    }

    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, null);
    }

    /** The editable applications (draft or returned) without any attachment. */
    public static ApplicationQuery withoutEvidenceOnly() {
        return new ApplicationQuery(null, null, null, Boolean.TRUE);
    }
}
