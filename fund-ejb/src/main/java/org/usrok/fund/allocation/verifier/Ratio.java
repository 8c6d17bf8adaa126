package org.usrok.fund.allocation.verifier;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number n/d, always reduced with d ≥ 1 (R1: zero is {@code 0/1}, a whole number
 * {@code n/1}). The verifier's own arithmetic: it shares nothing with the allocation core.
 */
record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    Ratio {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + den);
        }
    }

    static Ratio of(BigInteger n) {
        return new Ratio(n, BigInteger.ONE);
    }

    /** n/d reduced; d must not be zero. */
    static Ratio of(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return g.equals(BigInteger.ONE) || g.signum() == 0 ? new Ratio(n, d) : new Ratio(n.divide(g), d.divide(g));
    }

    static Ratio of(BigDecimal value) {
        return value.scale() >= 0
                ? of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())));
    }

    Ratio add(Ratio o) {
        return den.equals(o.den) ? of(num.add(o.num), den) : of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Ratio subtract(Ratio o) {
        return add(new Ratio(o.num.negate(), o.den));
    }

    Ratio multiply(BigInteger k) {
        return of(num.multiply(k), den);
    }

    Ratio multiply(Ratio o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Ratio divide(BigInteger k) {
        return of(num, den.multiply(k));
    }

    /** DOWN of R1: the largest whole number at most this. */
    BigInteger floor() {
        return floor(num, den);
    }

    /** DOWN of n/d, d > 0, without reducing it. */
    static BigInteger floor(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** UP of R1: the smallest whole number at least this. */
    BigInteger ceil() {
        return floor().add(BigInteger.ONE).subtract(den.equals(BigInteger.ONE) ? BigInteger.ONE : BigInteger.ZERO);
    }

    /** The residue of R1: this minus its floor, in [0, 1) (reduced, as gcd(n mod d, d) = gcd(n, d)). */
    Ratio fractionalPart() {
        return new Ratio(num.mod(den), den);
    }

    boolean isWhole() {
        return den.equals(BigInteger.ONE);
    }

    int signum() {
        return num.signum();
    }

    Ratio min(Ratio o) {
        return compareTo(o) <= 0 ? this : o;
    }

    Ratio max(Ratio o) {
        return compareTo(o) >= 0 ? this : o;
    }

    @Override
    public int compareTo(Ratio o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** {@code n/d} as a certificate writes a quota or a residue. */
    @Override
    public String toString() {
        return num + "/" + den;
    }
}
