package org.usrok.fund.claim;

/**
 * DRAFT -> SUBMITTED -> IN_REVIEW -> REVIEWED -> APPROVED / REJECTED; IN_REVIEW -> RETURNED
 * (for correction) -> SUBMITTED again; a reviewer may also reject from IN_REVIEW.
 */
public enum ClaimStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    REVIEWED,
    APPROVED,
    REJECTED,
    RETURNED;

    /** Waiting for an officer: these count against the review SLA. */
    public boolean awaitsReview() {
        return this == SUBMITTED || this == IN_REVIEW;
    }
}
