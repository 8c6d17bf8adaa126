package org.usrok.fund.application;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a plan's time line ends on or after it starts, and the shares of the current (and of the
 * target) sources add up to at most 100 percent.
 */
public class PlanInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public PlanInvalidException(String field, String key) {
        super(RuleKind.UNPROCESSABLE, key, field);
    }

    @Override
    public String ruleName() {
        return "plan-invalid";
    }
}
