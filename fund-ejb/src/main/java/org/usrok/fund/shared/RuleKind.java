package org.usrok.fund.shared;

/**
 * What kind of rule a {@link BusinessRuleException} enforces; the web layer turns each kind into
 * one HTTP status so that the mapping lives in a single place.
 */
public enum RuleKind {
    /** The named thing does not exist or the caller may not know it exists. */
    NOT_FOUND,
    /** The caller is authenticated but this rule forbids the action for them. */
    FORBIDDEN,
    /** The action collides with existing state: a duplicate, or a concurrent change. */
    CONFLICT,
    /** The request is well-formed but the business rules refuse it in the current state. */
    UNPROCESSABLE
}
