package org.usrok.fund.exchange;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rules: a rate relates two different currencies and is positive with at most 8 decimals; it is a
 * published rate, so its effective date is not in the future (allowing for Seoul being a day ahead
 * of UTC). A date years ahead would also be one the auditors' bundle cannot write.
 */
public class InvalidExchangeRateException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InvalidExchangeRateException() {
        super(RuleKind.UNPROCESSABLE, "error.invalidExchangeRate", "rate");
    }

    private InvalidExchangeRateException(String key, String field, Object... args) {
        super(RuleKind.UNPROCESSABLE, key, field, args);
    }

    public static InvalidExchangeRateException notYetPublished(java.time.LocalDate effectiveOn) {
        return new InvalidExchangeRateException("error.exchangeRateNotYetPublished", "effectiveOn", effectiveOn.toString());
    }

    @Override
    public String ruleName() {
        return "invalid-exchange-rate";
    }
}
