package org.usrok.fund.allocation.core;

import java.math.BigInteger;

/**
 * gcd(x, d) for many x and one denominator d, as reducing a pool's million quotas (which share the
 * level's denominator) needs: d's prime factors below 2^16 are found once, so each gcd is a few
 * multiplications (an odd prime p divides x exactly when x·p⁻¹ mod 2⁶⁴ ≤ (2⁶⁴−1)/p) instead of a
 * binary GCD of some sixty steps. What is left of d after those factors is 1, a prime (tested once)
 * or, rarely, a product of large primes, which the binary GCD handles.
 */
final class SharedDenominator {

    final long value;
    private final int twos;
    private final long[] prime;
    private final int[] power;
    private final long[] inverse;
    private final long[] most;
    /** d without its factors below 2^16: odd, and either 1, a prime, or composite. */
    private final long rest;
    private final boolean restPrime;
    private final long restInverse;
    private final long restMost;

    SharedDenominator(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("A denominator must be positive: " + value);
        }
        this.value = value;
        twos = Long.numberOfTrailingZeros(value);
        long left = value >>> twos;
        long[] primes = new long[16];
        int[] powers = new int[16];
        int count = 0;
        for (long p = 3; p < 65_536 && p * p <= left; p += 2) {
            if (left % p == 0) {
                int k = 0;
                while (left % p == 0) {
                    left /= p;
                    k++;
                }
                primes[count] = p;
                powers[count++] = k;
            }
        }
        if (left > 1 && left < 65_536) {
            primes[count] = left;
            powers[count++] = 1;
            left = 1;
        }
        prime = java.util.Arrays.copyOf(primes, count);
        power = java.util.Arrays.copyOf(powers, count);
        inverse = new long[count];
        most = new long[count];
        for (int i = 0; i < count; i++) {
            inverse[i] = inverseOf(prime[i]);
            most[i] = Long.divideUnsigned(-1L, prime[i]);
        }
        rest = left;
        // no factor below 2^16 is left, so below 2^32 the rest is prime
        restPrime = rest > 1 && (rest < (1L << 32) || BigInteger.valueOf(rest).isProbablePrime(64));
        restInverse = rest > 1 ? inverseOf(rest) : 1;
        restMost = rest > 1 ? Long.divideUnsigned(-1L, rest) : -1L;
    }

    /** The inverse of an odd number modulo 2^64 (Newton's iteration: each step doubles the correct bits). */
    private static long inverseOf(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** gcd(x, value) for 0 <= x. */
    long gcd(long x) {
        if (x == 0) {
            return value;
        }
        long g = 1L << Math.min(twos, Long.numberOfTrailingZeros(x));
        for (int i = 0; i < prime.length; i++) {
            long y = x;
            for (int k = 0; k < power[i]; k++) {
                long q = y * inverse[i];
                if (Long.compareUnsigned(q, most[i]) > 0) {
                    break;
                }
                y = q;
                g *= prime[i];
            }
        }
        if (rest > 1) {
            if (restPrime) {
                if (Long.compareUnsigned(x * restInverse, restMost) <= 0) {
                    g *= rest;
                }
            } else {
                g *= Arith.gcd(x % rest, rest);
            }
        }
        return g;
    }
}
