package org.usrok.fund.claim;

import org.usrok.fund.shared.CountryCode;

/** Filters of claim lists and the officers' review queues; null means "any". */
public record ClaimQuery(Long roundId, ClaimStatus status, CountryCode country, Boolean overdue) {

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null);
    }
}
