package org.usrok.fund.claim;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: each claim line fits its category: the price differential gives unit prices and a
 * quantity (never an amount: the fund computes it), every other category an amount; the period
 * ends on or after it starts; the category is eligible in the round.
 */
public class ClaimLineInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ClaimLineInvalidException(int lineNo, String field, String key) {
        super(RuleKind.UNPROCESSABLE, key, "lines[" + (lineNo - 1) + "]." + field, lineNo);
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "claim-line-invalid";
    }
}
