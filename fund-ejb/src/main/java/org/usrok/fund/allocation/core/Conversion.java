package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;

/**
 * The exact value of an amount of minor units in the other currency of a rate (docs/allocation.md
 * R1): BASE → QUOTE is {@code x · r · 10^m(QUOTE) / 10^m(BASE)}, QUOTE → BASE
 * {@code x · 10^m(BASE) / (r · 10^m(QUOTE))}. DOWN is its floor, UP its ceiling.
 */
final class Conversion {

    private final BigInteger num;
    private final BigInteger den;

    Conversion(NamedRate named, CurrencyCode from) {
        ExchangeRate rate = named.rate();
        CurrencyCode to = from == rate.base() ? rate.quote() : rate.base();
        BigDecimal r = rate.rate();
        BigInteger rateNum = r.scale() < 0 ? r.unscaledValue().multiply(BigInteger.TEN.pow(-r.scale())) : r.unscaledValue();
        BigInteger rateDen = BigInteger.TEN.pow(Math.max(0, r.scale()));
        BigInteger toMinor = BigInteger.TEN.pow(to.minorUnits());
        BigInteger fromMinor = BigInteger.TEN.pow(from.minorUnits());
        if (from == rate.base()) {
            num = rateNum.multiply(toMinor);
            den = rateDen.multiply(fromMinor);
        } else {
            num = rateDen.multiply(toMinor);
            den = rateNum.multiply(fromMinor);
        }
    }

    /** The exact value of {@code minor} minor units in the other currency's minor units. */
    Fraction exact(long minor) {
        return new Fraction(BigInteger.valueOf(minor).multiply(num), den);
    }
}
