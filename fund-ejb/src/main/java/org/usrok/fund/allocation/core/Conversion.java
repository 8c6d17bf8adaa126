package org.usrok.fund.allocation.core;

import java.math.BigInteger;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;

/**
 * Exact conversion of minor units at a rate: to = from * num / den, as a {@link Quota}, so the
 * floor is what {@link ExchangeRate#convert} gives with DOWN and the remainder is the exact residue.
 */
final class Conversion {

    final CurrencyCode from;
    final CurrencyCode to;
    private final long num;
    private final long den;

    Conversion(ExchangeRate rate, CurrencyCode from) {
        this.from = from;
        this.to = from == rate.base() ? rate.quote() : rate.base();
        BigInteger unscaled = rate.rate().unscaledValue();
        BigInteger rateScale = BigInteger.TEN.pow(Math.max(0, rate.rate().scale()));
        if (rate.rate().scale() < 0) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(-rate.rate().scale()));
        }
        BigInteger toMinor = BigInteger.TEN.pow(to.minorUnits());
        BigInteger fromMinor = BigInteger.TEN.pow(from.minorUnits());
        BigInteger n;
        BigInteger d;
        if (from == rate.base()) {
            n = unscaled.multiply(toMinor);
            d = rateScale.multiply(fromMinor);
        } else {
            n = rateScale.multiply(toMinor);
            d = unscaled.multiply(fromMinor);
        }
        BigInteger g = n.gcd(d);
        n = n.divide(g);
        d = d.divide(g);
        if (n.bitLength() > 62 || d.bitLength() > 62) {
            throw new IllegalArgumentException("The exchange rate " + rate.rate().toPlainString() + " has too many digits");
        }
        this.num = n.longValueExact();
        this.den = d.longValueExact();
    }

    /** The exact value of {@code minor} in the other currency's minor units. */
    Quota exact(long minor) {
        return Quota.of(minor, num, den);
    }

    long down(long minor) {
        return exact(minor).whole;
    }

    long up(long minor) {
        Quota q = exact(minor);
        return q.hasRemainder() ? Arith.add(q.whole, 1) : q.whole;
    }
}
