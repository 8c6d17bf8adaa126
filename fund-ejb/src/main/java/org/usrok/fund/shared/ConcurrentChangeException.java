package org.usrok.fund.shared;

/**
 * Rule: a change is based on the version the actor saw. When someone else changed the record
 * first (optimistic locking), the later change is refused rather than silently overwriting.
 */
public class ConcurrentChangeException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String entity, Object id) {
        super(RuleKind.CONFLICT, "error.concurrentChange", null, entity, String.valueOf(id));
    }

    @Override
    public String ruleName() {
        return "concurrent-change";
    }
}
