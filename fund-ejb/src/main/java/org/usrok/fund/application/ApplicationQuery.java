package org.usrok.fund.application;

import org.usrok.fund.shared.CountryCode;

/** Filters of the application lists and officers' review queue; null means "any". */
public record ApplicationQuery(Long roundId, ApplicationStatus status, CountryCode country) {

    public static ApplicationQuery all() {
        return new ApplicationQuery(null, null, null);
    }
}
