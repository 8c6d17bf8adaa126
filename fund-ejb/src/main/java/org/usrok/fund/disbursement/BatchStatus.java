package org.usrok.fund.disbursement;

/** A disbursement batch is prepared by one officer and released by another, or cancelled before release. */
public enum BatchStatus {
    PREPARED,
    RELEASED,
    CANCELLED
}
