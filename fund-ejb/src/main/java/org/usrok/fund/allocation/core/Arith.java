package org.usrok.fund.allocation.core;

import java.math.BigInteger;

/** Exact integer helpers on non-negative longs: 128-bit products, so nothing overflows silently. */
final class Arith {

    private Arith() {
    }

    /** Compares a*b with c*d, all non-negative. */
    static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * floor((hi·2⁶⁴ + lo) / d) for an unsigned 128-bit dividend and a positive d with hi < d, so the
     * quotient fits in 64 bits; the remainder goes to rem[0]. (Knuth's algorithm D for two 32-bit
     * digits, as in Hacker's Delight, divlu.)
     */
    static long divide128(long hi, long lo, long d, long[] rem) {
        final long b = 1L << 32;
        int s = Long.numberOfLeadingZeros(d);
        long v = d << s;
        long vn1 = v >>> 32;
        long vn0 = v & 0xFFFFFFFFL;
        long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
        long un10 = lo << s;
        long un1 = un10 >>> 32;
        long un0 = un10 & 0xFFFFFFFFL;
        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, b) >= 0 || Long.compareUnsigned(q1 * vn0, b * rhat + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        long un21 = un32 * b + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, b) >= 0 || Long.compareUnsigned(q0 * vn0, b * rhat + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        rem[0] = (un21 * b + un0 - q0 * v) >>> s;
        return q1 * b + q0;
    }

    static boolean fitsLong(long a, long b) {
        return Math.multiplyHigh(a, b) == 0 && a * b >= 0;
    }

    static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The amounts are too large to add up exactly", e);
        }
    }

    /** The greatest common divisor of two non-negative longs (binary GCD: shifts and subtractions, no division). */
    static long gcd(long a, long b) {
        if (a == 0 || b == 0) {
            return a | b;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        do {
            b >>>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    private static final long E18 = 1_000_000_000_000_000_000L;

    /**
     * Writes the unsigned 128-bit value hi·2⁶⁴ + lo in decimal, when it is below 10¹⁸·2⁶⁴ (returns
     * false and writes nothing otherwise).
     */
    static boolean appendUnsigned128(Utf8Text text, long hi, long lo) {
        if (hi == 0) {
            text.unsigned(lo);
            return true;
        }
        if (Long.compareUnsigned(hi, E18) >= 0) {
            return false;
        }
        long[] rem = new long[1];
        long q = divide128(hi, lo, E18, rem);
        text.unsigned(q).eighteenDigits(rem[0]);
        return true;
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
