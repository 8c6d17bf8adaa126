package org.usrok.fund.allocation.core;

import java.math.BigInteger;

/**
 * An exact non-negative rational number of minor units, kept as whole + rem/den with 0 <= rem < den.
 * Longs when they fit, BigInteger otherwise.
 */
final class Quota {

    static final Quota ZERO = new Quota(0, 0, 1, null, null);

    final long whole;
    private final long rem;
    private final long den;
    private final BigInteger bigRem;
    private final BigInteger bigDen;

    private Quota(long whole, long rem, long den, BigInteger bigRem, BigInteger bigDen) {
        this.whole = whole;
        this.rem = rem;
        this.den = den;
        this.bigRem = bigRem;
        this.bigDen = bigDen;
    }

    /** A quota of longs: whole + rem/den with 0 <= rem < den. */
    static Quota small(long whole, long rem, long den) {
        return new Quota(whole, rem, den, null, null);
    }

    /** Whether the remainder and denominator are longs ({@link #smallRemainder}, {@link #smallDenominator}). */
    boolean isSmall() {
        return bigRem == null;
    }

    static Quota whole(long v) {
        return v == 0 ? ZERO : new Quota(v, 0, 1, null, null);
    }

    /** a*b/d. */
    static Quota of(long a, long b, long d) {
        if (Arith.fitsLong(a, b)) {
            long p = a * b;
            return new Quota(p / d, p % d, d, null, null);
        }
        long hi = Math.multiplyHigh(a, b);
        if (hi < d) {
            long[] rem = new long[1];
            long q = Arith.divide128(hi, a * b, d, rem);
            if (q >= 0) {
                return new Quota(q, rem[0], d, null, null);
            }
        }
        return ofBig(Arith.big(a).multiply(Arith.big(b)), Arith.big(d));
    }

    /** a*b/d, with d's reciprocal. */
    static Quota of(long a, long b, Arith.Divisor d) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi < d.value && hi >= 0) {
            long[] rem = new long[1];
            long q = d.divide(hi, lo, rem);
            if (q >= 0) {
                return new Quota(q, rem[0], d.value, null, null);
            }
        }
        return ofBig(Arith.big(a).multiply(Arith.big(b)), Arith.big(d.value));
    }

    /** a*b/(d1*d2). */
    static Quota of(long a, long b, long d1, long d2) {
        if (Arith.fitsLong(d1, d2)) {
            return of(a, b, d1 * d2);
        }
        return ofBig(Arith.big(a).multiply(Arith.big(b)), Arith.big(d1).multiply(Arith.big(d2)));
    }

    private static Quota ofBig(BigInteger num, BigInteger d) {
        BigInteger[] qr = num.divideAndRemainder(d);
        long w = qr[0].longValueExact();
        if (d.bitLength() < 63) {
            return new Quota(w, qr[1].longValueExact(), d.longValueExact(), null, null);
        }
        return new Quota(w, 0, 1, qr[1], d);
    }

    /** This quota plus a whole number of minor units. */
    Quota plusWhole(long v) {
        if (v == 0) {
            return this;
        }
        return new Quota(Arith.add(whole, v), rem, den, bigRem, bigDen);
    }

    boolean hasRemainder() {
        return bigRem != null ? bigRem.signum() != 0 : rem != 0;
    }

    /** Compares the fractional parts of two quotas. */
    int compareRemainder(Quota o) {
        if (bigRem == null && o.bigRem == null) {
            return Arith.compareProducts(rem, o.den, o.rem, den);
        }
        return remBig().multiply(o.denBig()).compareTo(o.remBig().multiply(denBig()));
    }

    private BigInteger remBig() {
        return bigRem != null ? bigRem : Arith.big(rem);
    }

    private BigInteger denBig() {
        return bigDen != null ? bigDen : Arith.big(den);
    }

    /** The fractional part as a reduced "numerator/denominator" ("0/1" when whole). */
    String remainderText() {
        if (bigRem == null) {
            long g = rem == 0 ? den : Arith.gcd(rem, den);
            return (rem / g) + "/" + (den / g);
        }
        BigInteger g = bigRem.gcd(bigDen);
        return bigRem.divide(g) + "/" + bigDen.divide(g);
    }

    /** The denominator of the remainder, or -1 when it needs BigInteger. */
    long smallDenominator() {
        return bigRem == null ? den : -1;
    }

    /** The remainder numerator (0 <= rem < {@link #smallDenominator()}), for a quota without BigInteger. */
    long smallRemainder() {
        return rem;
    }

    /** The remainder numerator as a long, or -1 when it does not fit. */
    long remainderLong() {
        return bigRem == null ? rem : -1;
    }

    /** The remainder numerator over the unreduced denominator this quota was built with. */
    java.math.BigInteger remainderNumerator() {
        return remBig();
    }

    java.math.BigInteger denominator() {
        return denBig();
    }

    /** The reduced fraction "numerator/denominator". */
    @Override
    public String toString() {
        Utf8Text text = new Utf8Text(48);
        appendTo(text);
        return text.toString();
    }

    /** Writes {@link #toString()}: in 128 bits when the numerator fits, else with BigInteger. */
    void appendTo(Utf8Text text) {
        if (bigRem == null) {
            appendTo(text, whole, rem, den, null);
            return;
        }
        BigInteger num = Arith.big(whole).multiply(denBig()).add(remBig());
        BigInteger g = num.gcd(denBig());
        text.text(num.divide(g) + "/" + denBig().divide(g));
    }

    /**
     * Writes whole + rem/den (longs, 0 <= rem < den) as {@link #toString()} does; {@code shared}, if
     * not null, reduces fractions whose denominator is its value.
     */
    static void appendTo(Utf8Text text, long whole, long rem, long den, SharedDenominator shared) {
        if (rem == 0) {
            text.number(whole).ch('/').ch('1');
            return;
        }
        long g = shared != null && shared.value == den ? shared.gcd(rem) : Arith.gcd(rem, den);
        long r = rem / g;
        long d = den / g;
        long hi = Math.multiplyHigh(whole, d);
        long low = whole * d;
        long num = low + r;
        if (Long.compareUnsigned(num, low) < 0) {
            hi++;
        }
        if (Arith.appendUnsigned128(text, hi, num)) {
            text.ch('/').number(d);
            return;
        }
        text.text(Arith.big(whole).multiply(Arith.big(d)).add(Arith.big(r)) + "/" + d);
    }
}
