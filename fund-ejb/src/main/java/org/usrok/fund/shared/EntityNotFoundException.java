package org.usrok.fund.shared;

/** Rule: one can only act on things that exist and that one is allowed to see. */
public class EntityNotFoundException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public EntityNotFoundException(String entity, Object id) {
        super(RuleKind.NOT_FOUND, "error.notFound", null, entity, String.valueOf(id));
    }

    @Override
    public String ruleName() {
        return "not-found";
    }
}
