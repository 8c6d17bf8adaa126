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

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
