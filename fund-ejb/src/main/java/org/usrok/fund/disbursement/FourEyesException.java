package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: money leaves the fund only when two people agree: the officer who prepared a batch cannot
 * release it; another officer of the paying government must.
 */
public class FourEyesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public FourEyesException(String officer, long batchId) {
        super(RuleKind.FORBIDDEN, "error.disbursement.preparerCannotRelease", null, officer, batchId);
    }

    @Override
    public String ruleName() {
        return "four-eyes";
    }
}
