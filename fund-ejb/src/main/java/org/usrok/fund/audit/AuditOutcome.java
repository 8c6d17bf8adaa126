package org.usrok.fund.audit;

/**
 * What became of the action an audit record describes: {@code DONE}, a change that committed, or
 * {@code REFUSED}, an attempt a business rule turned down, which changed nothing but the trail.
 */
public enum AuditOutcome {
    DONE,
    REFUSED
}
