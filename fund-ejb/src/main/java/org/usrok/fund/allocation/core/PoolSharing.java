package org.usrok.fund.allocation.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares one pool, in one currency's minor units, among its claims: the units, limits and floors
 * (docs/allocation.md R5), the cap admission (R6), the quota of every unit in the case that applies
 * (R7), the claims' quotas within their companies (R8), the largest-remainder rounding at two levels
 * (R9) and the flags (R11). Built once per pool; {@link #share} may be called with any amount (the
 * transfer of CONTRIBUTION_SHARE first asks for {@link #need}).
 */
final class PoolSharing {

    static final long NO_CAP = Long.MAX_VALUE;

    private final long cap;
    final boolean claimUnits;
    private final boolean proportional;

    /** The claims, in ascending claim id, with their approved amounts in the pool's currency. */
    final long[] claimId;
    final long[] approved;
    private final int[] companyOf;

    /** The companies, in ascending company id, with their claims in ascending claim id. */
    final long[] companyId;
    final int[][] claimsOf;
    private final long[] companyApproved;

    /** Per unit (a company, or a claim for EVEN / CLAIM): limit, weight and floor (R5). */
    private final long[] limit;
    private final long[] weight;
    private final long[] unitFloor;

    /** EVEN / CLAIM: left out by the cap (R6), each company's limit L_k and level μ_k (null: none). */
    private final boolean[] leftOutByCap;
    final long[] companyLimit;
    private final long[] admittedApproved;
    private final Fraction[] companyLevel;

    // the outcome of share(): the units' quotas (a claim's is computed when asked for, see quota(i)),
    // and per claim floor(quota), the pool share (floor(quota) or one more, R9) and the flags
    private Fraction[] claimQuota;
    private Fraction[] companyQuota;
    final long[] quotaFloor;
    /** quota − floor(quota) as rest/den when den fits in a long (den 0: recomputed when written). */
    private final long[] quotaRest;
    private final long[] quotaDen;
    final long[] poolShare;
    final boolean[] capped;
    final boolean[] belowFloor;
    long distributed;
    /** λ in case 2 of R7, else null; which company units' quotas are λ · w_k there. */
    private Fraction level;
    private final boolean[] companyOnLevel;

    /**
     * @param claimId the pool's claims in ascending id
     * @param companyIdOfClaim each claim's company id
     * @param approved each claim's approved amount, in the pool's minor units
     * @param cap the company cap C in the pool's minor units, or {@link #NO_CAP}
     * @param floor the floor F in the pool's minor units, 0 for none
     */
    PoolSharing(long[] claimId, long[] companyIdOfClaim, long[] approved, AllocationMethod method, EvenBasis basis,
            long cap, long floor) {
        this.claimId = claimId;
        this.approved = approved;
        this.cap = cap;
        this.claimUnits = method == AllocationMethod.EVEN && basis == EvenBasis.CLAIM;
        this.proportional = method == AllocationMethod.PROPORTIONAL;
        int n = claimId.length;

        // companies in ascending id, each with its claims in ascending claim id (the order given)
        long[] sortedIds = companyIdOfClaim.clone();
        Arrays.sort(sortedIds);
        int companies = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sortedIds[i] != sortedIds[i - 1]) {
                sortedIds[companies++] = sortedIds[i];
            }
        }
        companyId = Arrays.copyOf(sortedIds, companies);
        companyOf = new int[n];
        int[] count = new int[companies];
        for (int i = 0; i < n; i++) {
            companyOf[i] = Arrays.binarySearch(companyId, companyIdOfClaim[i]);
            count[companyOf[i]]++;
        }
        claimsOf = new int[companies][];
        for (int k = 0; k < companies; k++) {
            claimsOf[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int i = 0; i < n; i++) {
            claimsOf[companyOf[i]][count[companyOf[i]]++] = i;
        }
        companyApproved = new long[companies];
        companyOnLevel = new boolean[companies];
        for (int i = 0; i < n; i++) {
            companyApproved[companyOf[i]] += approved[i];
        }

        // R5: units, limits, weights, floors
        int units = claimUnits ? n : companies;
        limit = new long[units];
        weight = new long[units];
        unitFloor = new long[units];
        for (int u = 0; u < units; u++) {
            limit[u] = claimUnits ? approved[u] : Math.min(companyApproved[u], cap);
            weight[u] = claimUnits || !proportional ? 1 : companyApproved[u];
            unitFloor[u] = Math.min(floor, limit[u]);
        }

        // R6: cap admission, each company's limit and level under the cap
        leftOutByCap = new boolean[n];
        companyLimit = new long[companies];
        admittedApproved = new long[companies];
        companyLevel = new Fraction[companies];
        for (int k = 0; k < companies; k++) {
            if (!claimUnits) {
                companyLimit[k] = limit[k];
                continue;
            }
            if (cap == NO_CAP || floor == 0) {
                // no cap, or every floor 0: every claim fits under the cap
                admittedApproved[k] = companyApproved[k];
                companyLimit[k] = Math.min(cap, companyApproved[k]);
                if (companyApproved[k] > cap) {
                    companyLevel[k] = claimLevel(claimsOf[k], cap);
                }
                continue;
            }
            long floors = 0;
            for (int i : byPriority(claimsOf[k])) {
                if (floors + unitFloor[i] > cap) {
                    leftOutByCap[i] = true;
                } else {
                    floors += unitFloor[i];
                    admittedApproved[k] += approved[i];
                }
            }
            companyLimit[k] = Math.min(cap, admittedApproved[k]);
            if (admittedApproved[k] > cap) {
                companyLevel[k] = claimLevel(claimsOf[k], cap);
            }
        }
        quotaFloor = new long[n];
        quotaRest = new long[n];
        quotaDen = new long[n];
        poolShare = new long[n];
        capped = new boolean[n];
        belowFloor = new boolean[n];
    }

    /** What the pool's units can take at most: the sum of their limits (for CONTRIBUTION_SHARE's need, R3). */
    long need() {
        return Arrays.stream(companyLimit).sum();
    }

    /** Shares {@code pool} minor units (R7–R9, R11). */
    void share(long pool) {
        int units = limit.length;
        long floors = 0;
        for (int u = 0; u < units; u++) {
            if (!claimUnits || !leftOutByCap[u]) {
                floors += unitFloor[u];
            }
        }
        Fraction[] unitQuota = new Fraction[units];
        boolean[] unitLeftOut = new boolean[units];
        level = null;
        long need = need();
        if (need <= pool) {
            // R7 case 1: every unit gets its limit
            for (int u = 0; u < units; u++) {
                unitQuota[u] = Fraction.whole(limit[u]);
            }
            if (claimUnits) {
                unitQuota = claimQuotasAt(null);
            }
            distributed = need;
        } else if (floors <= pool) {
            // R7 case 2: the level λ at which the quotas add up to the pool
            level = solveLevel(pool, floors);
            for (int u = 0; u < units && !claimUnits; u++) {
                unitQuota[u] = companyQuotaAt(u, level);
            }
            if (claimUnits) {
                unitQuota = claimQuotasAt(level);
            }
            distributed = pool;
        } else {
            // R7 case 3: floors in priority order while they fit
            long given = 0;
            boolean fits = true;
            for (int u : byPriority(IntStream.range(0, units).toArray())) {
                if (claimUnits && leftOutByCap[u]) {
                    unitQuota[u] = Fraction.ZERO;
                    continue;
                }
                fits = fits && given + unitFloor[u] <= pool;
                unitQuota[u] = Fraction.whole(fits ? unitFloor[u] : 0);
                unitLeftOut[u] = !fits && limit[u] > 0;
                given += fits ? unitFloor[u] : 0;
            }
            distributed = given;
        }
        companyQuota = new Fraction[companyId.length];
        if (claimUnits) {
            claimQuota = unitQuota;
            for (int k = 0; k < companyId.length; k++) {
                Fraction sum = Fraction.ZERO;
                for (int i : claimsOf[k]) {
                    sum = sum.plus(claimQuota[i]);
                }
                companyQuota[k] = sum;
            }
        } else {
            companyQuota = unitQuota;
        }
        round();
        setFlags(unitLeftOut);
    }

    /** R7 case 2: the breakpoints of every unit's quota as a function of λ, and the level they give. */
    private Fraction solveLevel(long pool, long floors) {
        List<Level.Breakpoint> breakpoints = new ArrayList<>();
        if (!claimUnits) {
            for (int u = 0; u < limit.length; u++) {
                addRise(breakpoints, unitFloor[u], limit[u], weight[u]);
            }
            return Level.solve(floors, breakpoints, pool);
        }
        for (int k = 0; k < companyId.length; k++) {
            Fraction mu = companyLevel[k];
            long constant = 0;
            long rising = 0;
            for (int i : claimsOf[k]) {
                if (leftOutByCap[i]) {
                    continue;
                }
                if (mu == null) {
                    addRise(breakpoints, unitFloor[i], approved[i], 1);
                } else if (mu.compareTo(unitFloor[i]) <= 0) {
                    constant += unitFloor[i];
                } else {
                    // rises from its floor; stops at its approved amount or, with the company, at μ_k
                    breakpoints.add(new Level.Breakpoint(unitFloor[i], 1, -unitFloor[i], 1));
                    if (mu.compareTo(approved[i]) > 0) {
                        breakpoints.add(new Level.Breakpoint(approved[i], 1, approved[i], -1));
                        constant += approved[i];
                    } else {
                        rising++;
                    }
                }
            }
            if (mu != null && rising > 0) {
                // at μ_k the company reaches its cap: its rising claims stop there together
                breakpoints.add(new Level.Breakpoint(mu.num().longValueExact(), mu.den().longValueExact(),
                        cap - constant, -rising));
            }
        }
        return Level.solve(floors, breakpoints, pool);
    }

    /** A quota min(limit, max(floor, λ · weight)) rises from λ = floor/weight to λ = limit/weight. */
    private static void addRise(List<Level.Breakpoint> breakpoints, long floor, long limit, long weight) {
        if (weight > 0 && floor < limit) {
            breakpoints.add(new Level.Breakpoint(floor, weight, -floor, weight));
            breakpoints.add(new Level.Breakpoint(limit, weight, limit, -weight));
        }
    }

    /** μ_k: the level at which a company's admitted claims add up to the cap (R7). */
    private Fraction claimLevel(int[] claims, long target) {
        long floors = 0;
        List<Level.Breakpoint> breakpoints = new ArrayList<>();
        for (int i : claims) {
            if (!leftOutByCap[i]) {
                floors += unitFloor[i];
                addRise(breakpoints, unitFloor[i], approved[i], 1);
            }
        }
        return Level.solve(floors, breakpoints, target);
    }

    /** A company unit's quota at level λ: min(l, max(f, λ · w)). */
    private Fraction companyQuotaAt(int k, Fraction level) {
        Fraction onLevel = level.times(weight[k]);
        Fraction quota = clamp(onLevel, unitFloor[k], limit[k]);
        companyOnLevel[k] = quota == onLevel;
        return quota;
    }

    /**
     * The EVEN / CLAIM claims' quotas: min(a, max(f, min(λ, μ_k))); λ null means "above every
     * limit" (case 1). min(λ, μ_k) is taken once per company, and compared with the whole floors
     * and amounts by its floor and ceiling.
     */
    private Fraction[] claimQuotasAt(Fraction level) {
        Fraction[] quotas = new Fraction[claimId.length];
        for (int k = 0; k < companyId.length; k++) {
            Fraction mu = companyLevel[k];
            Fraction at = level == null ? mu : mu == null ? level : Fraction.min(level, mu);
            long floorOfAt = at == null ? Long.MAX_VALUE : at.floor();
            long ceilOfAt = at == null ? Long.MAX_VALUE : at.ceil();
            for (int i : claimsOf[k]) {
                if (leftOutByCap[i]) {
                    quotas[i] = Fraction.ZERO;
                } else if (ceilOfAt <= unitFloor[i]) {
                    quotas[i] = Fraction.whole(unitFloor[i]);
                } else if (floorOfAt >= approved[i]) {
                    quotas[i] = Fraction.whole(approved[i]);
                } else {
                    quotas[i] = at;
                }
            }
        }
        return quotas;
    }

    private static Fraction clamp(Fraction value, long low, long high) {
        if (value.compareTo(low) <= 0) {
            return Fraction.whole(low);
        }
        return value.compareTo(high) >= 0 ? Fraction.whole(high) : value;
    }

    /**
     * Claim i's exact quota: for EVEN / CLAIM its unit's (R7); else, R8, Q_k · a_i / A_k of its
     * company k, which for a PROPORTIONAL company on the level (Q_k = λ · A_k) is λ · a_i, the same
     * value with smaller numbers. Made when asked for, so a million claims keep no quota objects.
     */
    Fraction quota(int i) {
        if (claimUnits) {
            return claimQuota[i];
        }
        int k = companyOf[i];
        if (companyApproved[k] == 0) {
            return Fraction.ZERO;
        }
        return proportional && level != null && companyOnLevel[k] ? level.times(approved[i])
                : companyQuota[k].times(approved[i], companyApproved[k]);
    }

    /** R9: floors, then one more unit to the larger remainders, companies first, then claims within each. */
    private void round() {
        int companies = companyId.length;
        long[] companyShare = new long[companies];
        Fraction[] companyRemainder = new Fraction[companies];
        long given = 0;
        for (int k = 0; k < companies; k++) {
            companyShare[k] = companyQuota[k].floor();
            companyRemainder[k] = companyQuota[k].remainder();
            given += companyShare[k];
        }
        for (int k : largestRemainders(companyRemainder, distributed - given)) {
            companyShare[k]++;
        }
        for (int k = 0; k < companies; k++) {
            int[] claims = claimsOf[k];
            Fraction[] remainder = new Fraction[claims.length];
            long sum = 0;
            for (int p = 0; p < claims.length; p++) {
                int i = claims[p];
                Fraction q = quota(i);
                BigInteger[] wholeAndRest = q.num().divideAndRemainder(q.den());
                quotaFloor[i] = wholeAndRest[0].longValueExact();
                remainder[p] = new Fraction(wholeAndRest[1], q.den());
                boolean small = q.den().bitLength() < 63;
                quotaRest[i] = small ? wholeAndRest[1].longValue() : 0;
                quotaDen[i] = small ? q.den().longValue() : 0;
                poolShare[i] = quotaFloor[i];
                sum += poolShare[i];
            }
            for (int p : largestRemainders(remainder, companyShare[k] - sum)) {
                poolShare[claims[p]]++;
            }
        }
    }

    /**
     * The {@code count} items (indices of {@code remainders}, in ascending id) with the larger
     * remainder, ties to the smaller id; a count outside [0, items with a remainder] cannot happen
     * and is a defect.
     */
    private static List<Integer> largestRemainders(Fraction[] remainders, long count) {
        List<Integer> candidates = new ArrayList<>();
        for (int item = 0; item < remainders.length; item++) {
            if (remainders[item].num().signum() != 0) {
                candidates.add(item);
            }
        }
        if (count < 0 || count > candidates.size()) {
            throw new IllegalStateException("Largest remainder cannot give " + count + " units to " + candidates.size());
        }
        if (count < candidates.size()) {
            candidates.sort((a, b) -> {
                int byRemainder = remainders[b].compareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
            });
        }
        return candidates.subList(0, (int) count);
    }

    /** Claim i's quota as the certificate writes it, reduced (R1). */
    String quotaText(int i) {
        if (quotaDen[i] == 0) {
            // a denominator beyond 64 bits: the quota is made again and reduced as BigInteger
            Fraction q = quota(i);
            BigInteger g = q.num().gcd(q.den());
            return q.num().divide(g) + "/" + q.den().divide(g);
        }
        if (quotaRest[i] == 0) {
            return quotaFloor[i] + "/1";
        }
        long g = gcd(quotaRest[i], quotaDen[i]);
        long den = quotaDen[i] / g;
        long rest = quotaRest[i] / g;
        if (quotaFloor[i] <= (Long.MAX_VALUE - rest) / den) {
            return (quotaFloor[i] * den + rest) + "/" + den;
        }
        return BigInteger.valueOf(quotaFloor[i]).multiply(BigInteger.valueOf(den)).add(BigInteger.valueOf(rest)) + "/" + den;
    }

    /** Euclid's greatest common divisor of two positive longs. */
    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /** R11. */
    private void setFlags(boolean[] unitLeftOut) {
        for (int k = 0; k < companyId.length; k++) {
            boolean atCap = cap != NO_CAP && companyQuota[k].compareTo(cap) == 0;
            for (int i : claimsOf[k]) {
                if (claimUnits) {
                    belowFloor[i] = leftOutByCap[i] || unitLeftOut[i];
                    // quota < a_i exactly when floor(quota) < a_i, a whole number
                    capped[i] = leftOutByCap[i] || atCap && cap < admittedApproved[k] && quotaFloor[i] < approved[i];
                } else {
                    belowFloor[i] = unitLeftOut[k];
                    capped[i] = atCap && cap < companyApproved[k];
                }
            }
        }
    }

    /** Units in priority order (R5): floor ascending, approved descending, id ascending. */
    private int[] byPriority(int[] units) {
        long[] unitApproved = claimUnits ? approved : companyApproved;
        return Arrays.stream(units).boxed()
                .sorted(Comparator.<Integer>comparingLong(u -> unitFloor[u])
                        .thenComparing(Comparator.<Integer>comparingLong(u -> unitApproved[u]).reversed())
                        .thenComparingInt(u -> u))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The floor of claim i's unit (for a company unit, its company's floor). */
    long unitFloorOfClaim(int i) {
        return unitFloor[claimUnits ? i : companyOf[i]];
    }
}
