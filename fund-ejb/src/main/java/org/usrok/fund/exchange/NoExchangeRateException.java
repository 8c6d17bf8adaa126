package org.usrok.fund.exchange;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a conversion uses a recorded rate effective on or before its date; without one, nothing is converted. */
public class NoExchangeRateException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public NoExchangeRateException(String pair, Object day) {
        super(RuleKind.UNPROCESSABLE, "error.noExchangeRate", null, pair, String.valueOf(day));
    }

    @Override
    public String ruleName() {
        return "no-exchange-rate";
    }
}
