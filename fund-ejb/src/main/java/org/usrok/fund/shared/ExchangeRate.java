package org.usrok.fund.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How many units of {@code quote} one unit of {@code base} buys (e.g. USD/KRW 1,385.20), at most
 * 8 decimals. Converting names the rounding explicitly, and converting the other way uses the
 * exact inverse rather than a rounded reciprocal.
 */
public record ExchangeRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate) implements Serializable {

    public ExchangeRate {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rate, "rate");
        if (base == quote) {
            throw new IllegalArgumentException("An exchange rate relates two different currencies");
        }
        if (rate.signum() <= 0 || rate.stripTrailingZeros().scale() > 8) {
            throw new IllegalArgumentException("A rate is positive with at most 8 decimals: " + rate.toPlainString());
        }
    }

    /** Converts an amount of either currency of the pair into the other, rounding as told. */
    public Money convert(Money amount, RoundingMode rounding) {
        if (amount.currency() == base) {
            return Money.rounded(amount.amount().multiply(rate), quote, rounding);
        }
        if (amount.currency() == quote) {
            return new Money(amount.amount().divide(rate, base.minorUnits(), rounding), base);
        }
        throw new IllegalArgumentException(amount.currency() + " is not in the pair " + base + "/" + quote);
    }
}
