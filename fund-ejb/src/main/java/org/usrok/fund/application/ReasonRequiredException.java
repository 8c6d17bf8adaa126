package org.usrok.fund.application;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a rejection, a return or a reduced amount is always explained to the company. */
public class ReasonRequiredException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ReasonRequiredException(String field) {
        super(RuleKind.UNPROCESSABLE, "error.reasonRequired", field);
    }

    @Override
    public String ruleName() {
        return "reason-required";
    }
}
