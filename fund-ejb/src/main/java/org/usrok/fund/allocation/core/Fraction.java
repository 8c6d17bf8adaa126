package org.usrok.fund.allocation.core;

import java.math.BigInteger;

/**
 * An exact non-negative rational number of minor units, {@code num / den} with {@code den > 0}, not
 * necessarily reduced: quotas, levels and conversion values (docs/allocation.md R1). Equal values
 * may have different representations, so compare with {@link #compareTo}, never {@code equals}.
 */
record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    static final Fraction ZERO = whole(0);

    static Fraction whole(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Fraction of(long num, long den) {
        return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /** The largest whole number at most this (rounding DOWN). */
    long floor() {
        return (den.equals(BigInteger.ONE) ? num : num.divide(den)).longValueExact();
    }

    /** The smallest whole number at least this (rounding UP). */
    long ceil() {
        BigInteger[] qr = num.divideAndRemainder(den);
        return qr[1].signum() == 0 ? qr[0].longValueExact() : qr[0].longValueExact() + 1;
    }

    /** {@code this − floor(this)}, a fraction in [0, 1) with the same denominator. */
    Fraction remainder() {
        return new Fraction(num.mod(den), den);
    }

    Fraction times(long factor) {
        return new Fraction(num.multiply(BigInteger.valueOf(factor)), den);
    }

    /** {@code this · numerator / denominator}; {@code denominator > 0}. */
    Fraction times(long numerator, long denominator) {
        return new Fraction(num.multiply(BigInteger.valueOf(numerator)), den.multiply(BigInteger.valueOf(denominator)));
    }

    Fraction plus(Fraction other) {
        if (den.equals(other.den)) {
            return new Fraction(num.add(other.num), den);
        }
        return new Fraction(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Fraction other) {
        if (den.equals(other.den)) {
            return num.compareTo(other.num);
        }
        return num.multiply(other.den).compareTo(other.num.multiply(den));
    }

    int compareTo(long value) {
        BigInteger other = BigInteger.valueOf(value);
        return num.compareTo(den.equals(BigInteger.ONE) ? other : den.multiply(other));
    }

    /** The value as the certificate writes it: reduced, {@code n/d} (zero is {@code 0/1}). */
    @Override
    public String toString() {
        if (den.equals(BigInteger.ONE)) {
            return num + "/1";
        }
        BigInteger g = num.gcd(den);
        return num.divide(g) + "/" + den.divide(g);
    }
}
