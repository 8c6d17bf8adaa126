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
     * quotient fits in 64 bits; the remainder goes to rem[0] unless rem is null (it is lo − q·d modulo 2⁶⁴). (Knuth's algorithm D for two 32-bit
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
        if (rem != null) {
            rem[0] = (un21 * b + un0 - q0 * v) >>> s;
        }
        return q1 * b + q0;
    }

    /**
     * A positive divisor with its precomputed reciprocal, so that dividing many 128-bit numbers by
     * it takes multiplications instead of hardware divisions (Möller and Granlund, "Improved
     * division by invariant integers", 2011, algorithm 4). Used where a million quotas share one
     * denominator.
     */
    static final class Divisor {
        final long value;
        private final int shift;
        private final long normalized;
        private final long inverse;

        Divisor(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("A divisor must be positive: " + value);
            }
            this.value = value;
            shift = Long.numberOfLeadingZeros(value);
            normalized = value << shift;
            // floor((2^128 - 1) / normalized) - 2^64
            inverse = divide128(~normalized, -1L, normalized, new long[1]);
        }

        /** As {@link #divide128}: floor((hi·2⁶⁴ + lo) / value) for hi < value; the remainder goes to rem[0] unless rem is null. */
        long divide(long hi, long lo, long[] rem) {
            long u1 = shift == 0 ? hi : (hi << shift) | (lo >>> (64 - shift));
            long u0 = lo << shift;
            long p0 = inverse * u1;
            long q0 = p0 + u0;
            long q1 = unsignedMultiplyHigh(inverse, u1) + u1 + (Long.compareUnsigned(q0, p0) < 0 ? 1 : 0) + 1;
            long r = u0 - q1 * normalized;
            if (Long.compareUnsigned(r, q0) > 0) {
                q1--;
                r += normalized;
            }
            if (Long.compareUnsigned(r, normalized) >= 0) {
                q1++;
                r -= normalized;
            }
            if (rem != null) {
                rem[0] = r >>> shift;
            }
            return q1;
        }
    }

    /** The high 64 bits of the unsigned 128-bit product of a and b. */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
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
        b >>>= Long.numberOfTrailingZeros(b);
        // a and b odd: the larger becomes |a - b| without its factors of two; the trailing zeros of
        // a - b are those of |a - b|, so counting them does not wait for the absolute value
        while (true) {
            long d = b - a;
            if (d == 0) {
                break;
            }
            int zeros = Long.numberOfTrailingZeros(d);
            a = Math.min(a, b);
            b = Math.abs(d) >>> zeros;
        }
        return a << shift;
    }

    private static final long E18 = 1_000_000_000_000_000_000L;
    private static final Divisor BY_E18 = new Divisor(E18);

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
        long q = BY_E18.divide(hi, lo, rem);
        text.unsigned(q).eighteenDigits(rem[0]);
        return true;
    }

    static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
