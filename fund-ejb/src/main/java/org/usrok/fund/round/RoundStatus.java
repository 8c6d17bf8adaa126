package org.usrok.fund.round;

/** The life of a round: drafted, opened by both governments, claims closed, allocated, closed. */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLAIMS_CLOSED,
    ALLOCATED,
    CLOSED
}
