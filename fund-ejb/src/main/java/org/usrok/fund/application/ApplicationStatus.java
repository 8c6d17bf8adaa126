package org.usrok.fund.application;

/** DRAFT -> SUBMITTED -> UNDER_REVIEW -> APPROVED / REJECTED / RETURNED; RETURNED -> SUBMITTED again. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    RETURNED
}
