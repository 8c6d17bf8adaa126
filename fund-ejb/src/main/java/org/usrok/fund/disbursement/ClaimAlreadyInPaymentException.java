package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: never paid twice. A claim's share is in at most one live payment; the database refuses a
 * second one (unique live claim id), and that refusal reaches the caller as this conflict.
 */
public class ClaimAlreadyInPaymentException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ClaimAlreadyInPaymentException(long roundId) {
        super(RuleKind.CONFLICT, "error.disbursement.claimAlreadyInPayment", null, roundId);
    }

    @Override
    public String ruleName() {
        return "never-paid-twice";
    }
}
