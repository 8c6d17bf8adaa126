package org.usrok.fund.claim;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * Filters of claim lists and the officers' review queues; null means "any". {@code withoutEvidence}
 * keeps the claims a company can still change (draft or returned) that have no attachment yet,
 * the figure the company's home page counts.
 */
public record ClaimQuery(Long roundId, ClaimStatus status, CountryCode country, Boolean overdue,
                         Boolean withoutEvidence) implements Serializable {

    public ClaimQuery(Long roundId, ClaimStatus status, CountryCode country, Boolean overdue) {
        this(roundId, status, country, overdue, null);
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null);
    }

    /** The editable claims (draft or returned) without any attachment. */
    public static ClaimQuery withoutEvidenceOnly() {
        return new ClaimQuery(null, null, null, null, Boolean.TRUE);
    }
}
