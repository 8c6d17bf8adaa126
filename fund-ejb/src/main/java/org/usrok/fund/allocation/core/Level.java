package org.usrok.fund.allocation.core;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a water level (docs/allocation.md R7): the smallest λ ≥ 0 at which a sum of
 * non-decreasing, piecewise-linear functions of λ reaches a target. Each function is described by
 * its value at λ = 0 (added into {@code base}) and by breakpoints where its constant part and its
 * slope change (a unit leaving its floor, reaching its limit, or a company reaching its cap). Between
 * breakpoints the sum is {@code base + slope · λ}; one sort of the breakpoints, their running sums
 * and a binary search give λ exactly in O(n log n).
 */
final class Level {

    /** At λ = num/den the sum's constant part changes by {@code dBase} and its slope by {@code dSlope}. */
    record Breakpoint(long num, long den, long dBase, long dSlope) {
    }

    private Level() {
    }

    /**
     * The smallest λ at which the sum reaches {@code target}; the sum must reach it for a large
     * enough λ (after the last breakpoint its slope is 0 and its value is final).
     */
    static Fraction solve(long base, List<Breakpoint> breakpoints, long target) {
        if (base >= target) {
            return Fraction.ZERO;
        }
        Breakpoint[] sorted = breakpoints.toArray(new Breakpoint[0]);
        Arrays.sort(sorted, (a, b) -> compare(a.num, a.den, b.num, b.den));
        int n = sorted.length;
        // the constant part and slope just before breakpoint j: the sum is continuous, so its value
        // at breakpoint j is the same whether taken before or after j
        long[] baseBefore = new long[n];
        long[] slopeBefore = new long[n];
        long b = base;
        long s = 0;
        for (int j = 0; j < n; j++) {
            baseBefore[j] = b;
            slopeBefore[j] = s;
            b = Math.addExact(b, sorted[j].dBase);
            s = Math.addExact(s, sorted[j].dSlope);
        }
        int lo = 0;
        int hi = n - 1;
        BigInteger goal = BigInteger.valueOf(target);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reaches(baseBefore[mid], slopeBefore[mid], sorted[mid], goal)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (n == 0 || !reaches(baseBefore[lo], slopeBefore[lo], sorted[lo], goal)) {
            throw new IllegalStateException("The level cannot reach " + target);
        }
        // the sum is below the target at the previous breakpoint and reaches it at this one, so the
        // segment before this breakpoint rises (slope > 0) and crosses the target inside it
        return Fraction.of(target - baseBefore[lo], slopeBefore[lo]);
    }

    /** Whether base + slope · (num/den) ≥ goal, exactly. */
    private static boolean reaches(long base, long slope, Breakpoint at, BigInteger goal) {
        BigInteger den = BigInteger.valueOf(at.den);
        BigInteger value = BigInteger.valueOf(base).multiply(den)
                .add(BigInteger.valueOf(slope).multiply(BigInteger.valueOf(at.num)));
        return value.compareTo(goal.multiply(den)) >= 0;
    }

    /**
     * Compares a/b with c/d for non-negative a, c and positive b, d, exactly: a·d and c·b as 128-bit
     * products (high words first, then the low words unsigned).
     */
    static int compare(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, d);
        long otherHigh = Math.multiplyHigh(c, b);
        if (high != otherHigh) {
            return Long.compare(high, otherHigh);
        }
        return Long.compareUnsigned(a * d, c * b);
    }
}
