package org.usrok.fund.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of one currency. The amount always carries exactly the currency's number of
 * minor-unit digits (2 for USD, 0 for KRW); creating one from a value with more digits requires
 * an explicit rounding mode, so no cent or won is ever lost silently. Amounts of different
 * currencies never mix: adding USD to KRW is refused.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money>, Serializable {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(currency.minorUnits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more than " + currency.minorUnits()
                            + " decimal places allowed for " + currency, e);
        }
    }

    /** Parses an exact amount, refusing more decimals than the currency has. */
    public static Money of(String amount, CurrencyCode currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Rounds an amount with more precision to the currency's minor units, explicitly. */
    public static Money rounded(BigDecimal amount, CurrencyCode currency, RoundingMode mode) {
        return new Money(amount.setScale(currency.minorUnits(), mode), currency);
    }

    public static Money ofMinor(long minorUnits, CurrencyCode currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.minorUnits()), currency);
    }

    public static Money zero(CurrencyCode currency) {
        return ofMinor(0, currency);
    }

    /** The amount in minor units (cents for USD, won for KRW). */
    public long minorUnits() {
        return amount.movePointRight(currency.minorUnits()).longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
