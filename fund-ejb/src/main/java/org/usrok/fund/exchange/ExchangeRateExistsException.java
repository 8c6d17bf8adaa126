package org.usrok.fund.exchange;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a source publishes one rate per pair and day; a rate is never overwritten, so a second
 * one for the same pair, day and source is refused (a correction is recorded under another source
 * reference and explained).
 */
public class ExchangeRateExistsException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ExchangeRateExistsException(String pair, Object day, Object source) {
        super(RuleKind.CONFLICT, "error.exchangeRateExists", null, pair, String.valueOf(day), String.valueOf(source));
    }

    @Override
    public String ruleName() {
        return "exchange-rate-exists";
    }
}
