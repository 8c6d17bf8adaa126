package org.usrok.fund.shared;

import java.math.BigDecimal;

/**
 * Rule: an amount is positive (or zero where allowed) and has no more decimals than its currency:
 * cents for USD, whole won for KRW. Nothing is rounded silently.
 */
public class InvalidAmountException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InvalidAmountException(String field, BigDecimal amount, CurrencyCode currency) {
        super(RuleKind.UNPROCESSABLE, "error.invalidAmount", field,
                amount == null ? "-" : amount.toPlainString(), currency.name(), currency.minorUnits());
    }

    /** The amount as exact {@link Money}, or this rule's refusal naming the field. */
    public static Money require(String field, BigDecimal amount, CurrencyCode currency, boolean zeroAllowed) {
        if (amount == null || amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)
                || amount.stripTrailingZeros().scale() > currency.minorUnits()) {
            throw new InvalidAmountException(field, amount, currency);
        }
        return Money.rounded(amount, currency, java.math.RoundingMode.UNNECESSARY);
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "invalid-amount";
    }
}
