package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.RuleKind;

/** Rule: the fund pays out only cash it holds: a release never makes the fund's cash account negative. */
public class InsufficientFundsException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InsufficientFundsException(long batchId, Money total, Money cash) {
        super(RuleKind.UNPROCESSABLE, "error.disbursement.insufficientFunds", null, batchId, total.toString(),
                cash.toString());
    }

    @Override
    public String ruleName() {
        return "insufficient-funds";
    }
}
