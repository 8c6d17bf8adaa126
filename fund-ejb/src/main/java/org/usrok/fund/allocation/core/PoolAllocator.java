package org.usrok.fund.allocation.core;


/**
 * Shares one pool, in one currency's minor units, among claims: water-filling under the approved
 * amounts and the company cap, the floor by a threshold search, then largest-remainder rounding,
 * first per company, then per claim within the company. The claims arrays are ordered by claim id
 * and the companies are numbered 0, 1, 2... in ascending company id, so an order by index is an
 * order by id.
 */
final class PoolAllocator {

    static final long NO_CAP = Long.MAX_VALUE;

    /** The outcome per claim index. */
    static final class Outcome {
        final long[] share;
        final Quotas quota;
        final boolean[] capped;
        final boolean[] belowFloor;
        long distributed;
        /** The denominator most quotas share (the level's weight), or 0 when none do. */
        long levelDenominator;

        Outcome(int n) {
            share = new long[n];
            quota = new Quotas(n);
            capped = new boolean[n];
            belowFloor = new boolean[n];
        }
    }

    /** Whether the claims' quotas may be set on two cores (the pool is the only one and large). */
    private final boolean twoCores;
    private final long pool;
    private final long[] claimId;
    private final long[] approved;
    private final boolean even;
    private final boolean companyUnit;
    private final long cap;
    private final long floor;
    private final int n;

    private final int companies;
    private final long[] companyId;
    private long[] companyApproved;
    private final int[] companyOf;
    /** Claims of company k: members[start[k] .. start[k+1]), in drop order (approved ascending). */
    private int[] start;
    private int[] members;
    private int[] position;

    private int units;
    private long[] unitApproved;
    private long[] unitLimit;
    private int[] dropOrder;
    private int[] rank;

    // one evaluation (for a given number of dropped units)
    private int dropped;
    private boolean allFrozen;
    private long rrem;
    private long wsuf;
    private int[] groupFrom;
    private long[] groupTotal;
    private long[] groupCount;
    /** wsuf with its reciprocal, once the units are final. */
    private Arith.Divisor byLevel;

    private PoolAllocator(long pool, long[] claimId, int[] companyOf, long[] companyIds, long[] approved,
            AllocationMethod method, EvenBasis basis, long cap, long floor, boolean twoCores) {
        this.twoCores = twoCores;
        this.pool = pool;
        this.claimId = claimId;
        this.approved = approved;
        this.even = method == AllocationMethod.EVEN;
        this.companyUnit = !even || basis == EvenBasis.COMPANY;
        this.cap = cap;
        this.floor = floor;
        this.n = claimId.length;
        this.companyOf = companyOf;
        this.companyId = companyIds;
        this.companies = companyIds.length;
        indexCompanies();
    }

    /**
     * @param companyOf each claim's company, 0..companyIds.length-1
     * @param companyIds the company ids by index, ascending
     */
    static Outcome allocate(long pool, long[] claimId, int[] companyOf, long[] companyIds, long[] approved,
            AllocationMethod method, EvenBasis basis, long cap, long floor, boolean twoCores) {
        return new PoolAllocator(pool, claimId, companyOf, companyIds, approved, method, basis, cap, floor, twoCores).run();
    }

    private void indexCompanies() {
        companyApproved = new long[companies];
        for (int c = 0; c < n; c++) {
            companyApproved[companyOf[c]] = Arith.add(companyApproved[companyOf[c]], approved[c]);
        }
        if (companyUnit) {
            units = companies;
            unitApproved = companyApproved;
        } else {
            units = n;
            unitApproved = approved;
        }
        unitLimit = new long[units];
        for (int u = 0; u < units; u++) {
            unitLimit[u] = companyUnit ? Math.min(unitApproved[u], cap) : unitApproved[u];
        }
        dropOrder = dropOrder();
        rank = new int[units];
        for (int i = 0; i < units; i++) {
            rank[dropOrder[i]] = i;
        }
        start = new int[companies + 1];
        for (int c = 0; c < n; c++) {
            start[companyOf[c] + 1]++;
        }
        for (int k = 0; k < companies; k++) {
            start[k + 1] += start[k];
        }
        members = new int[n];
        position = new int[n];
        int[] fill = java.util.Arrays.copyOf(start, companies);
        if (companyUnit) {
            for (int c = 0; c < n; c++) {
                position[c] = fill[companyOf[c]];
                members[fill[companyOf[c]]++] = c;
            }
        } else {
            for (int i = 0; i < n; i++) {
                int c = dropOrder[i];
                position[c] = fill[companyOf[c]];
                members[fill[companyOf[c]]++] = c;
            }
        }
    }

    /**
     * The units by approved ascending, then the larger id first. Units are numbered in ascending id,
     * so this is one sort of (approved, units - 1 - unit) packed in a long, when approved fits.
     */
    private int[] dropOrder() {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, units - 1));
        long max = 0;
        for (int u = 0; u < units; u++) {
            max = Math.max(max, unitApproved[u]);
        }
        int[] order = new int[units];
        if ((max >>> (63 - bits)) != 0) {
            for (int u = 0; u < units; u++) {
                order[u] = u;
            }
            IndexSort.sort(order, 0, units, (a, b) -> {
                int c = Long.compare(unitApproved[a], unitApproved[b]);
                return c != 0 ? c : Integer.compare(b, a);
            });
            return order;
        }
        long[] packed = new long[units];
        for (int u = 0; u < units; u++) {
            packed[u] = (unitApproved[u] << bits) | (units - 1 - u);
        }
        java.util.Arrays.sort(packed);
        long mask = (1L << bits) - 1;
        for (int i = 0; i < units; i++) {
            order[i] = units - 1 - (int) (packed[i] & mask);
        }
        return order;
    }

    private Outcome run() {
        int d = 0;
        evaluate(0);
        if (!stable()) {
            int lo = 1;
            int hi = units;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                evaluate(mid);
                if (stable()) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            d = lo;
            evaluate(d);
        }
        return round();
    }

    private boolean active(int unit) {
        return rank[unit] >= dropped;
    }

    /** Water-filling over the units still in (all but the first {@code d} of the drop order). */
    private void evaluate(int d) {
        dropped = d;
        if (companyUnit) {
            evaluateCompanies();
        } else {
            evaluateClaims();
        }
    }

    private void evaluateCompanies() {
        long sumLimit = 0;
        long weight = 0;
        for (int i = dropped; i < units; i++) {
            int u = dropOrder[i];
            sumLimit = Arith.add(sumLimit, unitLimit[u]);
            weight = Arith.add(weight, even ? 1 : unitApproved[u]);
        }
        allFrozen = sumLimit <= pool;
        if (allFrozen) {
            return;
        }
        rrem = pool;
        wsuf = weight;
        if (even) {
            // limits ascending: freeze each unit whose limit is under the level the rest would get
            for (int i = dropped; i < units; i++) {
                long limit = unitLimit[dropOrder[i]];
                if (Arith.compareProducts(limit, wsuf, rrem, 1) > 0) {
                    break;
                }
                rrem -= limit;
                wsuf--;
            }
        } else {
            // capped units, lowest ratio cap/approved (largest approved) first
            for (int i = units - 1; i >= dropped; i--) {
                int u = dropOrder[i];
                if (unitLimit[u] == unitApproved[u]
                        || Arith.compareProducts(unitLimit[u], wsuf, rrem, unitApproved[u]) > 0) {
                    break;
                }
                rrem -= unitLimit[u];
                wsuf -= unitApproved[u];
            }
        }
    }

    private void evaluateClaims() {
        groupFrom = new int[companies];
        groupTotal = new long[companies];
        groupCount = new long[companies];
        long sumLimit = 0;
        int activeClaims = 0;
        int groups = 0;
        for (int k = 0; k < companies; k++) {
            groupFrom[k] = -1;
            int first = start[k];
            while (first < start[k + 1] && !active(members[first])) {
                first++;
            }
            long sum = 0;
            for (int p = first; p < start[k + 1]; p++) {
                sum = Arith.add(sum, approved[members[p]]);
            }
            activeClaims += start[k + 1] - first;
            if (cap != NO_CAP && sum > cap) {
                // the company's level under its cap: its smallest claims whole, the rest share evenly
                long below = 0;
                for (int p = first; p < start[k + 1]; p++) {
                    long left = start[k + 1] - p;
                    if (Arith.compareProducts(approved[members[p]], left, cap - below, 1) >= 0) {
                        groupFrom[k] = p;
                        groupTotal[k] = cap - below;
                        groupCount[k] = left;
                        groups++;
                        break;
                    }
                    below += approved[members[p]];
                }
                sumLimit = Arith.add(sumLimit, cap);
            } else {
                sumLimit = Arith.add(sumLimit, sum);
            }
        }
        allFrozen = sumLimit <= pool;
        if (allFrozen) {
            return;
        }
        int[] groupOrder = new int[groups];
        int g = 0;
        for (int k = 0; k < companies; k++) {
            if (groupFrom[k] >= 0) {
                groupOrder[g++] = k;
            }
        }
        IndexSort.sort(groupOrder, 0, groups, (a, b) -> {
            int c = Arith.compareProducts(groupTotal[a], groupCount[b], groupTotal[b], groupCount[a]);
            return c != 0 ? c : Long.compare(companyId[a], companyId[b]);
        });
        rrem = pool;
        wsuf = activeClaims;
        int si = dropped;
        int gi = 0;
        while (true) {
            while (si < units && inGroup(dropOrder[si])) {
                si++;
            }
            long limit;
            long w;
            boolean single;
            if (si < units && (gi >= groups || Arith.compareProducts(approved[dropOrder[si]], groupCount[groupOrder[gi]],
                    groupTotal[groupOrder[gi]], 1) <= 0)) {
                limit = approved[dropOrder[si]];
                w = 1;
                single = true;
            } else if (gi < groups) {
                limit = groupTotal[groupOrder[gi]];
                w = groupCount[groupOrder[gi]];
                single = false;
            } else {
                break;
            }
            if (Arith.compareProducts(limit, wsuf, rrem, w) > 0) {
                break;
            }
            rrem -= limit;
            wsuf -= w;
            if (single) {
                si++;
            } else {
                gi++;
            }
        }
    }

    private boolean inGroup(int claim) {
        int k = companyOf[claim];
        return groupFrom[k] >= 0 && position[claim] >= groupFrom[k];
    }

    private boolean frozen(long limit, long weight) {
        return allFrozen || Arith.compareProducts(limit, wsuf, rrem, weight) <= 0;
    }

    /** Sets slot's quota to unit u's, a unit still in: its limit when frozen, else its part of the level. */
    private void setUnitQuota(Quotas quota, int slot, int u) {
        if (companyUnit) {
            long limit = unitLimit[u];
            long weight = even ? 1 : unitApproved[u];
            if (weight == 0) {
                quota.setWhole(slot, 0);
            } else if (frozen(limit, weight)) {
                quota.setWhole(slot, limit);
            } else {
                setLevelQuota(quota, slot, rrem, weight);
            }
            return;
        }
        int k = companyOf[u];
        if (inGroup(u)) {
            if (frozen(groupTotal[k], groupCount[k])) {
                quota.setProduct(slot, groupTotal[k], 1, groupCount[k]);
            } else {
                setLevelQuota(quota, slot, rrem, 1);
            }
        } else if (frozen(approved[u], 1)) {
            quota.setWhole(slot, approved[u]);
        } else {
            setLevelQuota(quota, slot, rrem, 1);
        }
    }

    private boolean stable() {
        if (floor == 0) {
            return true;
        }
        for (int i = dropped; i < units; i++) {
            if (!reachesFloor(dropOrder[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a unit's quota (see {@link #setUnitQuota}) is at least the floor, without building it. */
    private boolean reachesFloor(int u) {
        if (companyUnit) {
            long limit = unitLimit[u];
            long weight = even ? 1 : unitApproved[u];
            if (weight == 0) {
                return false;
            }
            return frozen(limit, weight) ? limit >= floor : Arith.compareProducts(rrem, weight, floor, wsuf) >= 0;
        }
        int k = companyOf[u];
        if (inGroup(u)) {
            return frozen(groupTotal[k], groupCount[k]) ? Arith.compareProducts(groupTotal[k], 1, floor, groupCount[k]) >= 0
                    : Arith.compareProducts(rrem, 1, floor, wsuf) >= 0;
        }
        return frozen(approved[u], 1) ? approved[u] >= floor : Arith.compareProducts(rrem, 1, floor, wsuf) >= 0;
    }

    /** Sets a*b/wsuf: a part of the level, which every unit still in shares. */
    private void setLevelQuota(Quotas quota, int slot, long a, long b) {
        if (byLevel != null) {
            quota.setProduct(slot, a, b, byLevel);
        } else {
            quota.setProduct(slot, a, b, wsuf);
        }
    }

    private Outcome round() {
        byLevel = !allFrozen && wsuf > 0 ? new Arith.Divisor(wsuf) : null;
        Outcome out = new Outcome(n);
        out.levelDenominator = byLevel != null ? wsuf : 0;
        Quotas companyQuota = new Quotas(companies);
        // claims are visited in index order (not company by company) so that their arrays are
        // read and written in sequence; what they need of their company is in arrays by company
        if (companyUnit) {
            boolean[] held = new boolean[companies];
            for (int k = 0; k < companies; k++) {
                boolean in = active(k);
                if (in) {
                    setUnitQuota(companyQuota, k, k);
                } else {
                    companyQuota.setWhole(k, 0);
                }
                held[k] = in && companyQuota.whole(k) == unitLimit[k] && !companyQuota.hasRemainder(k)
                        && unitLimit[k] < companyApproved[k];
            }
            int half = n / 2;
            Forked<Void> second = Forked.of(twoCores, () -> setClaimQuotas(out, held, companyQuota, half, n));
            setClaimQuotas(out, held, companyQuota, 0, half);
            second.join();
        } else {
            long[] whole = new long[companies];
            long[] level = new long[companies];
            for (int c = 0; c < n; c++) {
                int k = companyOf[c];
                boolean in = active(c);
                out.belowFloor[c] = !in;
                if (in) {
                    setUnitQuota(out.quota, c, c);
                } else {
                    out.quota.setWhole(c, 0);
                }
                boolean heldByCap = in && inGroup(c) && frozen(groupTotal[k], groupCount[k]);
                out.capped[c] = heldByCap;
                if (!in || heldByCap) {
                    continue;
                }
                if (frozen(approved[c], 1)) {
                    whole[k] = Arith.add(whole[k], approved[c]);
                } else {
                    level[k]++;
                }
            }
            for (int k = 0; k < companies; k++) {
                if (groupFrom[k] >= 0 && frozen(groupTotal[k], groupCount[k])) {
                    whole[k] = Arith.add(whole[k], groupTotal[k]);
                }
                if (level[k] == 0) {
                    companyQuota.setWhole(k, 0);
                } else {
                    setLevelQuota(companyQuota, k, level[k], rrem);
                }
                companyQuota.addWhole(k, whole[k]);
            }
        }
        long[] companyShare = largestRemainder(companyQuota);
        splitWithinCompanies(companyShare, out);
        for (int k = 0; k < companies; k++) {
            out.distributed = Arith.add(out.distributed, companyShare[k]);
        }
        return out;
    }

    /**
     * Splits every company's share among its claims, as {@link #splitWithinCompany} does, with the
     * claims read in index order rather than company by company: floors first, then, per company,
     * +1 to all of its claims with a remainder when its extra is that many, else to the largest
     * remainders (its candidates gathered once, with their remainders, and sorted in place). A
     * company whose remainders do not share one long denominator is split the general way.
     */
    private void splitWithinCompanies(long[] companyShare, Outcome out) {
        Quotas quota = out.quota;
        long[] sum = new long[companies];
        int[] candidates = new int[companies + 1];
        long[] den = new long[companies];
        for (int c = 0; c < n; c++) {
            int k = companyOf[c];
            long whole = quota.whole(c);
            out.share[c] = whole;
            sum[k] += whole;
            if (quota.hasRemainder(c)) {
                candidates[k + 1]++;
                long d = quota.smallDenominator(c);
                den[k] = den[k] == 0 || den[k] == d ? d : -1;
            }
        }
        // extra[k] < 0 marks a company left to splitWithinCompany; 0 < extra < candidates needs a sort
        long[] extra = new long[companies];
        for (int k = 0; k < companies; k++) {
            long e = companyShare[k] - sum[k];
            if (e < 0 || e > candidates[k + 1]) {
                throw new IllegalStateException("Rounding within company " + companyId[k] + " cannot reach "
                        + companyShare[k]);
            }
            extra[k] = den[k] < 0 ? -1 : e;
            candidates[k + 1] += candidates[k];
        }
        int[] candidate = new int[candidates[companies]];
        long[] remainder = new long[candidate.length];
        int[] fill = java.util.Arrays.copyOf(candidates, companies);
        for (int c = 0; c < n; c++) {
            int k = companyOf[c];
            if (extra[k] <= 0 || !quota.hasRemainder(c)) {
                continue;
            }
            if (extra[k] == candidates[k + 1] - candidates[k]) {
                out.share[c]++;
            } else {
                candidate[fill[k]] = c;
                remainder[fill[k]++] = quota.smallRemainder(c);
            }
        }
        for (int k = 0; k < companies; k++) {
            if (extra[k] < 0) {
                splitWithinCompany(k, companyShare[k], out);
            } else if (extra[k] > 0 && extra[k] < candidates[k + 1] - candidates[k]) {
                int from = candidates[k];
                int count = candidates[k + 1] - from;
                sortByRemainder(candidate, remainder, from, count);
                for (int i = 0; i < extra[k]; i++) {
                    out.share[candidate[from + i]]++;
                }
            }
        }
    }

    /** Orders candidate[from..from+count) by remainder (of one denominator), larger first, then smaller index. */
    private static void sortByRemainder(int[] candidate, long[] remainder, int from, int count) {
        int to = from + count;
        if (count <= 32) {
            for (int i = from + 1; i < to; i++) {
                long r = remainder[i];
                int c = candidate[i];
                int j = i - 1;
                while (j >= from && (remainder[j] < r || (remainder[j] == r && candidate[j] > c))) {
                    remainder[j + 1] = remainder[j];
                    candidate[j + 1] = candidate[j];
                    j--;
                }
                remainder[j + 1] = r;
                candidate[j + 1] = c;
            }
            return;
        }
        int[] at = IndexSort.identity(count);
        IndexSort.sort(at, 0, count, (a, b) -> remainder[from + a] != remainder[from + b]
                ? Long.compare(remainder[from + b], remainder[from + a])
                : Integer.compare(candidate[from + a], candidate[from + b]));
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = candidate[from + at[i]];
        }
        System.arraycopy(sorted, 0, candidate, from, count);
    }

    /** Sets the quotas and flags of claims from..to-1 (each writes only its own slots). */
    private Void setClaimQuotas(Outcome out, boolean[] held, Quotas companyQuota, int from, int to) {
        for (int c = from; c < to; c++) {
            int k = companyOf[c];
            boolean in = active(k);
            out.belowFloor[c] = !in;
            out.capped[c] = held[k];
            if (in) {
                setClaimQuota(out.quota, k, c, companyQuota);
            } else {
                out.quota.setWhole(c, 0);
            }
        }
        return null;
    }

    /** Sets claim c's quota: its part of its company's quota {@code units[k]}, by approved amount. */
    private void setClaimQuota(Quotas quota, int k, int c, Quotas units) {
        long a = companyApproved[k];
        if (a == 0) {
            quota.setWhole(c, 0);
        } else if (!units.hasRemainder(k) && (allFrozen || units.whole(k) == unitLimit[k])) {
            quota.setProduct(c, unitLimit[k], approved[c], a);
        } else if (!even) {
            setLevelQuota(quota, c, rrem, approved[c]);
        } else if (Arith.fitsLong(wsuf, a)) {
            quota.setProduct(c, rrem, approved[c], wsuf * a);
        } else {
            quota.set(c, Quota.of(rrem, approved[c], wsuf, a));
        }
    }

    /** Company shares: floors, then +1 to the largest remainders (smaller company id first on ties). */
    private long[] largestRemainder(Quotas quota) {
        long[] share = new long[companies];
        long total = 0;
        int candidates = 0;
        int[] order = new int[companies];
        for (int k = 0; k < companies; k++) {
            share[k] = quota.whole(k);
            total = Arith.add(total, share[k]);
            if (quota.hasRemainder(k)) {
                order[candidates++] = k;
            }
        }
        long target = allFrozen ? total : pool;
        long extra = target - total;
        if (extra < 0 || extra > candidates) {
            throw new IllegalStateException("Rounding cannot reach " + target + " from " + total);
        }
        if (extra > 0) {
            byRemainder(order, candidates, quota, companies);
            for (int i = 0; i < extra; i++) {
                share[order[i]]++;
            }
        }
        return share;
    }

    /** Splits a company's share among its claims: floors of their quotas, +1 to the largest remainders. */
    private void splitWithinCompany(int k, long companyShare, Outcome out) {
        int from = start[k];
        int to = start[k + 1];
        long sum = 0;
        int[] order = new int[to - from];
        int candidates = 0;
        for (int p = from; p < to; p++) {
            int c = members[p];
            out.share[c] = out.quota.whole(c);
            sum += out.share[c];
            if (out.quota.hasRemainder(c)) {
                order[candidates++] = c;
            }
        }
        long extra = companyShare - sum;
        if (extra < 0 || extra > candidates) {
            throw new IllegalStateException("Rounding within company " + companyId[k] + " cannot reach " + companyShare);
        }
        if (extra > 0) {
            byRemainder(order, candidates, out.quota, n);
            for (int i = 0; i < extra; i++) {
                out.share[order[i]]++;
            }
        }
    }

    /** Sort keys of {@link #byRemainder}, reused from company to company. */
    private long[] keys = new long[16];

    /**
     * Orders order[0..count) (indices below {@code size}, numbered in ascending id) by remainder,
     * larger first, then the smaller id first. The remainders share one denominator unless a quota
     * needs BigInteger; then they are compared as they are, by the remainder alone: a few claims of
     * a company in place, many as one sort of (den - 1 - rem, index) packed in a long when that
     * fits, else by the remainders read once into an array.
     */
    private void byRemainder(int[] order, int count, Quotas quota, int size) {
        if (count < 2) {
            return;
        }
        long den = quota.smallDenominator(order[0]);
        for (int i = 1; i < count && den > 0; i++) {
            if (quota.smallDenominator(order[i]) != den) {
                den = -1;
            }
        }
        if (den <= 0) {
            IndexSort.sort(order, 0, count, (a, b) -> {
                int c = quota.get(b).compareRemainder(quota.get(a));
                return c != 0 ? c : Integer.compare(a, b);
            });
            return;
        }
        if (keys.length < count) {
            keys = new long[Math.max(count, 2 * keys.length)];
        }
        long[] rem = keys;
        for (int i = 0; i < count; i++) {
            rem[i] = quota.smallRemainder(order[i]);
        }
        if (count <= 16) {
            sortByRemainder(order, rem, 0, count);
            return;
        }
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
        if ((den >>> (63 - bits)) == 0) {
            for (int i = 0; i < count; i++) {
                rem[i] = ((den - 1 - rem[i]) << bits) | order[i];
            }
            java.util.Arrays.sort(rem, 0, count);
            long mask = (1L << bits) - 1;
            for (int i = 0; i < count; i++) {
                order[i] = (int) (rem[i] & mask);
            }
            return;
        }
        // the remainders' lowest bits do not fit beside the index: sort by the rest, then put the
        // few runs of equal keys in order by their whole remainders
        int shift = (64 - Long.numberOfLeadingZeros(den)) + bits - 63;
        for (int i = 0; i < count; i++) {
            rem[i] = (((den - 1 - rem[i]) >>> shift) << bits) | order[i];
        }
        java.util.Arrays.sort(rem, 0, count);
        long mask = (1L << bits) - 1;
        for (int i = 0; i < count; i++) {
            order[i] = (int) (rem[i] & mask);
        }
        for (int from = 0; from < count;) {
            int to = from + 1;
            while (to < count && (rem[to] >>> bits) == (rem[from] >>> bits)) {
                to++;
            }
            if (to - from > 16) {
                IndexSort.sort(order, from, to, (a, b) -> quota.smallRemainder(a) != quota.smallRemainder(b)
                        ? Long.compare(quota.smallRemainder(b), quota.smallRemainder(a)) : Integer.compare(a, b));
                from = to;
                continue;
            }
            for (int i = from + 1; i < to; i++) {
                int index = order[i];
                long r = quota.smallRemainder(index);
                int j = i - 1;
                while (j >= from && (quota.smallRemainder(order[j]) < r
                        || (quota.smallRemainder(order[j]) == r && order[j] > index))) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = index;
            }
            from = to;
        }
    }
}
