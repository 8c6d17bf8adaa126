package org.usrok.fund.allocation;

/**
 * Why an officer may not approve a scenario now ({@link AllocationScenario#approvalBlocker}): the
 * portal shows it instead of the button, and {@code approve} refuses for the same reason, so the
 * page and the rule cannot disagree.
 */
public enum ApprovalBlocker {
    /** Only a proposed scenario is approved. */
    NOT_PROPOSED,
    /** Separation of duties: whoever proposed it does not approve it. */
    PROPOSER,
    /** Each government approves once; the other government's officer approves next. */
    GOVERNMENT_APPROVED,
    /** Only a U.S. or ROK government officer approves for a government. */
    NOT_AN_OFFICER
}
