package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a batch pays something. An empty batch is refused with the reason: nothing of the round's
 * committed shares in the currency is left unpaid, or every company with unpaid shares lacks a
 * verified payout account, or at release every payment's account has changed.
 */
public class NothingToDisburseException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private NothingToDisburseException(String key, Object... args) {
        super(RuleKind.UNPROCESSABLE, key, null, args);
    }

    static NothingToDisburseException noUnpaidShares(long roundId, CurrencyCode currency) {
        return new NothingToDisburseException("error.disbursement.noUnpaidShares", roundId, currency.name());
    }

    static NothingToDisburseException noPayableCompany(long roundId, CurrencyCode currency, int withoutAccount) {
        return new NothingToDisburseException("error.disbursement.noPayableCompany", roundId, currency.name(),
                withoutAccount);
    }

    static NothingToDisburseException everyPaymentHeld(long batchId) {
        return new NothingToDisburseException("error.disbursement.everyPaymentHeld", batchId);
    }

    @Override
    public String ruleName() {
        return "nothing-to-disburse";
    }
}
