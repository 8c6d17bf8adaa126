package org.usrok.fund.application;

/** What a reviewing officer decides about an application or a claim. */
public enum ReviewDecision {
    APPROVE,
    REJECT,
    RETURN
}
