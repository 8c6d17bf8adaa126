package org.usrok.fund.exchange;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a rate relates two different currencies and is positive with at most 8 decimals. */
public class InvalidExchangeRateException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InvalidExchangeRateException() {
        super(RuleKind.UNPROCESSABLE, "error.invalidExchangeRate", "rate");
    }

    @Override
    public String ruleName() {
        return "invalid-exchange-rate";
    }
}
