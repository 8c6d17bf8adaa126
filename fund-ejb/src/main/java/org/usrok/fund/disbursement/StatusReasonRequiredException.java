package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a returned or rejected payment, and a cancelled batch, are always explained (the company sees why). */
public class StatusReasonRequiredException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public StatusReasonRequiredException(String field) {
        super(RuleKind.UNPROCESSABLE, "error.reasonRequired", field);
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "reason-required";
    }
}
