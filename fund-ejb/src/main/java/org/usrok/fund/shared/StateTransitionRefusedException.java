package org.usrok.fund.shared;

/** Rule: a workflow moves only along its defined transitions (e.g. only a pending company is verified). */
public class StateTransitionRefusedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public StateTransitionRefusedException(String entity, Object currentState, String action) {
        super(RuleKind.CONFLICT, "error.stateTransition", null, entity, String.valueOf(currentState), action);
    }

    @Override
    public String ruleName() {
        return "state-transition-refused";
    }
}
