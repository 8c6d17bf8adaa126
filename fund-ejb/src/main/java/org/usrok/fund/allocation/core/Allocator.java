package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * Shares a round's pool among its approved claims. Business rules (docs/allocation.md):
 * <ul>
 * <li>Exact in minor units: the largest-remainder method (larger remainder first, then smaller id)
 * makes the shares add up exactly to what is distributed; nobody gets more than approved.</li>
 * <li>EVEN gives every unit (claim or company) the same level, PROPORTIONAL the same ratio of its
 * approved amount; a per-company cap (absolute and/or percent of the pool, the lower wins) holds a
 * company back and what it cannot take goes to the others (water-filling).</li>
 * <li>A unit whose share would be below the floor gets 0 and its money goes to the others, so no
 * payment is too small to be worth making.</li>
 * <li>When the approved amounts fit in the pool everyone gets their approved amount and the
 * leftover stays in the fund.</li>
 * <li>Conversions round DOWN so the fund never promises money it does not hold, and every
 * conversion cites the named rate.</li>
 * </ul>
 * The result depends only on the inputs, not on their order, and its certificate lets an auditor
 * re-derive every share offline ({@link CertificateVerifier}).
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * Allocates the request's pools among its claims.
     *
     * @throws IllegalArgumentException with a message a user can read when the input is invalid
     */
    public static AllocationResult allocate(AllocationRequest request) {
        return allocate(request, true);
    }

    /** As {@link #allocate(AllocationRequest)}; with {@code twoCores} false all of it runs in the caller. */
    static AllocationResult allocate(AllocationRequest request, boolean twoCores) {
        Input in = Input.of(request, twoCores);
        boolean parallel = twoCores && in.n >= PARALLEL_FROM;
        try {
            Run run = new Run(in, parallel);
            return run.result(run.compute());
        } catch (ArithmeticException e) {
            // every step is exact, so an overflow means amounts (or a rate) too large, never a wrong share
            throw new IllegalArgumentException("The amounts are too large to allocate exactly at this exchange rate ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * The largest amount, in minor units, that a pool, claim, cap or floor may have: USD 10 trillion or
     * KRW 1,000 trillion, far above any fund, and far enough below 2^63 that sums and conversions stay exact.
     */
    static final long MAX_MINOR = 1_000_000_000_000_000L;

    /**
     * From this many claims on, independent parts (reading the input, the pools, the inputs section,
     * the halves of the share lines, the digests and the text) may run on two cores. The result is
     * the same either way; below this, handing work over costs more than it saves.
     */
    static final int PARALLEL_FROM = 20_000;

    /** The request, validated, with the claims ordered by id and read once into arrays. */
    static final class Input {
        final AllocationRequest request;
        final PoolMode mode;
        final AllocationMethod method;
        final EvenBasis basis;
        final Money companyCap;
        final BigDecimal capPercent;
        final Money floor;
        final CurrencyCode poolCurrency;
        final NamedRate rate;
        final Money usPool;
        final Money krPool;
        /** The number of claims; the arrays below hold claim g's fields, g in claim-id order. */
        final int n;
        final long[] claimId;
        final long[] companyId;
        final CountryCode[] country;
        /** The claims as given, and claim g's place among them. */
        private final Object[] given;
        private final int[] givenAt;
        /** The approved amounts in minor units. */
        final long[] approvedMinor;
        /** Claim g's company as a dense index 0..companies-1, numbered in ascending company id. */
        final int[] company;
        /** The company ids by dense index, ascending. */
        final long[] companyIds;
        final int companies;

        private Input(AllocationRequest r, Object[] given, Claims read, boolean twoCores) {
            request = r;
            mode = r.mode();
            AllocationRules rules = r.rules();
            method = rules.method();
            basis = method == AllocationMethod.EVEN ? rules.evenBasis() : null;
            companyCap = rules.companyCap();
            capPercent = rules.capPercentOfPool();
            floor = rules.floor();
            poolCurrency = mode == PoolMode.PER_COUNTRY ? null : r.poolCurrency();
            rate = r.rate();
            usPool = r.usPool();
            krPool = r.krPool();
            this.given = given;
            n = given.length;
            long[] ids = read.ids;
            // companies are numbered (by the values, whatever their order) beside the claims' ordering
            Forked<IdRanks> companyRanks = Forked.of(twoCores, () -> IdRanks.of(read.companyIds));
            IdRanks dense = IdRanks.ifDense(ids);
            int[] rank;
            if (dense != null && dense.distinct.length == n) {
                rank = dense.rank;
            } else {
                int[] order = byId(ids);
                rank = new int[n];
                for (int g = 0; g < n; g++) {
                    rank[order[g]] = g;
                }
            }
            IdRanks companies = companyRanks.join();
            companyIds = companies.distinct;
            this.companies = companies.distinct.length;
            company = new int[n];
            givenAt = new int[n];
            claimId = new long[n];
            companyId = new long[n];
            country = new CountryCode[n];
            approvedMinor = new long[n];
            int half = n / 2;
            Forked<Void> second = Forked.of(twoCores, () -> scatter(read, rank, companies.rank, half, n));
            scatter(read, rank, companies.rank, 0, half);
            second.join();
        }

        /**
         * Puts the claims given at i = from..to-1 in their places in claim-id order: reading in the
         * order given and writing in place costs fewer waits on memory than the other way round.
         */
        private Void scatter(Claims read, int[] rank, int[] companyRank, int from, int to) {
            for (int i = from; i < to; i++) {
                int g = rank[i];
                givenAt[g] = i;
                company[g] = companyRank[i];
                claimId[g] = read.ids[i];
                companyId[g] = read.companyIds[i];
                country[g] = read.countries[i];
                approvedMinor[g] = read.minor[i];
            }
            return null;
        }

        /** Claim g's approved amount, as given. */
        Money approved(int g) {
            return ((ClaimEntitlement) given[givenAt[g]]).approved();
        }

        /** Indices ordered by id: one primitive sort of (id, index) packed in a long when ids are small and non-negative. */
        private static int[] byId(long[] ids) {
            int n = ids.length;
            int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
            long min = 0;
            long max = 0;
            for (long id : ids) {
                min = Math.min(min, id);
                max = Math.max(max, id);
            }
            if (min < 0 || (max >>> (63 - bits)) != 0) {
                int[] order = IndexSort.identity(n);
                IndexSort.sort(order, 0, n, (a, b) -> Long.compare(ids[a], ids[b]));
                return order;
            }
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = (ids[i] << bits) | i;
            }
            Arrays.sort(packed);
            int[] order = new int[n];
            long mask = (1L << bits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (packed[i] & mask);
            }
            return order;
        }

        static Input of(AllocationRequest r, boolean parallel) {
            require(r != null, "An allocation request is required");
            require(r.mode() != null, "The pool mode is required (POOLED, PER_COUNTRY or CONTRIBUTION_SHARE)");
            require(r.rules() != null, "The allocation rules are required");
            AllocationRules rules = r.rules();
            require(rules.method() != null, "The allocation method is required (EVEN or PROPORTIONAL)");
            require(rules.method() != AllocationMethod.EVEN || rules.evenBasis() != null,
                    "EVEN needs a basis: the same share per CLAIM or per COMPANY");
            requirePool(r.usPool(), CurrencyCode.USD, "The U.S. pool");
            requirePool(r.krPool(), CurrencyCode.KRW, "The Korean pool");
            requireAtMost(rules.companyCap(), "The company cap");
            requireAtMost(rules.floor(), "The floor");
            if (rules.companyCap() != null) {
                require(rules.companyCap().compareTo(Money.zero(rules.companyCap().currency())) > 0,
                        "The company cap must be positive, not " + rules.companyCap());
            }
            if (rules.capPercentOfPool() != null) {
                BigDecimal p = rules.capPercentOfPool();
                require(p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
                        "The cap in percent of the pool must be above 0 and at most 100, not " + p.toPlainString());
            }
            if (rules.floor() != null) {
                require(!rules.floor().isNegative(), "The floor cannot be negative: " + rules.floor());
            }
            if (r.mode() != PoolMode.PER_COUNTRY) {
                require(r.poolCurrency() != null, r.mode() + " needs the pool currency (USD or KRW)");
                require(r.rate() != null, r.mode() + " needs a named exchange rate to convert the other pool");
            }
            if (r.rate() != null) {
                require(r.rate().rate() != null, "The named rate has no rate");
                require(r.rate().name() != null && !r.rate().name().isBlank(), "The exchange rate needs a name to cite");
                require(r.rate().name().indexOf('\n') < 0 && r.rate().name().indexOf('\r') < 0,
                        "The exchange rate's name must be one line");
                // refuses a rate whose digits do not fit the exact conversion
                new Conversion(r.rate().rate(), r.rate().rate().base());
            }
            require(r.claims() != null, "The list of claims is required (it may be empty)");
            Object[] given = r.claims().toArray();
            int n = given.length;
            boolean twoCores = parallel && n >= PARALLEL_FROM;
            Claims read = new Claims(n);
            int half = n / 2;
            Forked<RuntimeException> second = Forked.of(twoCores, () -> read.read(given, half, n));
            RuntimeException first = read.read(given, 0, half);
            RuntimeException later = second.join();
            // as if read in one pass: the first invalid claim, else the first amount too large
            if (first != null && !(first instanceof ArithmeticException)) {
                throw first;
            }
            if (later != null && !(later instanceof ArithmeticException)) {
                throw later;
            }
            if (first != null) {
                throw new IllegalArgumentException(first.getMessage(), first);
            }
            if (later != null) {
                throw new IllegalArgumentException(later.getMessage(), later);
            }
            Input in = new Input(r, given, read, twoCores);
            byte[] companyCountry = new byte[in.companies];
            for (int g = 0; g < n; g++) {
                if (g > 0 && in.claimId[g - 1] == in.claimId[g]) {
                    throw new IllegalArgumentException("Claim " + in.claimId[g] + " appears more than once");
                }
                int k = in.company[g];
                byte country = (byte) (in.country[g].ordinal() + 1);
                if (companyCountry[k] != 0 && companyCountry[k] != country) {
                    throw new IllegalArgumentException("Company " + in.companyId[g] + " has claims in both countries");
                }
                companyCountry[k] = country;
            }
            in.requireRateFor(in.companyCap, "the company cap");
            in.requireRateFor(in.floor, "the floor");
            return in;
        }

        private void requireRateFor(Money amount, String what) {
            if (amount == null || rate != null) {
                return;
            }
            boolean other = switch (mode) {
                case POOLED -> amount.currency() != poolCurrency;
                case PER_COUNTRY, CONTRIBUTION_SHARE -> anyPaidInOtherThan(amount.currency());
            };
            require(!other, "Converting " + what + " (" + amount + ") needs a named exchange rate");
        }

        private boolean anyPaidInOtherThan(CurrencyCode currency) {
            for (CountryCode c : country) {
                if (c.currency() != currency) {
                    return true;
                }
            }
            return false;
        }

        private static void requirePool(Money pool, CurrencyCode currency, String what) {
            require(pool != null, what + " is required (it may be zero)");
            require(pool.currency() == currency, what + " must be in " + currency + ", not " + pool.currency());
            require(!pool.isNegative(), what + " cannot be negative: " + pool);
            requireAtMost(pool, what);
        }

        /** Refuses an amount above {@link #MAX_MINOR} minor units, saying what the most is. */
        private static void requireAtMost(Money amount, String what) {
            if (amount != null && minorUnitsOrMax(amount) > MAX_MINOR) {
                throw new IllegalArgumentException(what + " (" + amount + ") is above the most an allocation takes, "
                        + largest(amount.currency()));
            }
        }

        static Money largest(CurrencyCode currency) {
            return Money.ofMinor(MAX_MINOR, currency);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }

        Conversion from(CurrencyCode currency) {
            return new Conversion(rate.rate(), currency);
        }

        /** An amount in a currency's minor units, converted DOWN at the rate when it is the other one. */
        long minorIn(Money amount, CurrencyCode currency) {
            return amount.currency() == currency ? amount.minorUnits() : from(amount.currency()).down(amount.minorUnits());
        }

        long capIn(CurrencyCode currency, long pool) {
            long cap = PoolAllocator.NO_CAP;
            if (companyCap != null) {
                cap = minorIn(companyCap, currency);
            }
            if (capPercent != null) {
                long ofPool = new BigDecimal(pool).multiply(capPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                        .longValueExact();
                cap = Math.min(cap, ofPool);
            }
            return cap;
        }

        long floorIn(CurrencyCode currency) {
            return floor == null ? 0 : minorIn(floor, currency);
        }
    }

    /** An amount's minor units, or Long.MAX_VALUE when they do not fit in a long. */
    private static long minorUnitsOrMax(Money amount) {
        try {
            return amount.minorUnits();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The claims' fields in the order given, read from the request's records in parts. */
    private static final class Claims {
        final long[] ids;
        final long[] companyIds;
        final CountryCode[] countries;
        final long[] minor;

        Claims(int n) {
            ids = new long[n];
            companyIds = new long[n];
            countries = new CountryCode[n];
            minor = new long[n];
        }

        /**
         * Reads and checks the claims from..to-1: the first invalid one is returned as an
         * IllegalArgumentException; failing that, the first amount too large for minor units as the
         * ArithmeticException that says so (only once every claim has been checked); else null.
         */
        RuntimeException read(Object[] given, int from, int to) {
            ArithmeticException tooLarge = null;
            for (int i = from; i < to; i++) {
                ClaimEntitlement c = (ClaimEntitlement) given[i];
                if (c == null) {
                    return new IllegalArgumentException("A claim in the list is missing");
                }
                CountryCode country = c.country();
                Money approved = c.approved();
                if (country == null || approved == null) {
                    return new IllegalArgumentException("Claim " + c.claimId() + " has no "
                            + (country == null ? "country" : "approved amount"));
                }
                if (approved.currency() != country.currency()) {
                    return new IllegalArgumentException("Claim " + c.claimId() + " is approved in "
                            + approved.currency() + " but a " + country + " company is paid in " + country.currency());
                }
                if (approved.isNegative()) {
                    return new IllegalArgumentException("Claim " + c.claimId() + " has a negative approved amount");
                }
                ids[i] = c.claimId();
                companyIds[i] = c.companyId();
                countries[i] = country;
                minor[i] = minorUnitsOrMax(approved);
                if (minor[i] > MAX_MINOR && tooLarge == null) {
                    tooLarge = new ArithmeticException("Claim " + c.claimId() + " has an approved amount (" + approved
                            + ") above the most an allocation takes, " + Input.largest(approved.currency()));
                }
            }
            return tooLarge;
        }
    }

    /** One pool shared in one currency among some of the claims. */
    static final class Side {
        final String name;
        final CurrencyCode currency;
        final long pool;
        final long cap;
        final long floor;
        final int[] index;
        final long[] approved;
        PoolAllocator.Outcome outcome;
        /** The certificate's checks of this pool, evaluated once its shares are settled. */
        List<String> checks;
        /** Reduces the quotas that share the level's denominator, for a large pool; else null. */
        SharedDenominator level;

        Side(String name, CurrencyCode currency, long pool, long cap, long floor, int[] index, long[] approved) {
            this.name = name;
            this.currency = currency;
            this.pool = pool;
            this.cap = cap;
            this.floor = floor;
            this.index = index;
            this.approved = approved;
        }
    }

    /** What the other core made: the second pool's conversion of shares, if any, and the second half of the input lines. */
    private record SecondLane(Converted paidInOther, Utf8Text claimLines) {
    }

    /** A conversion the certificate reports: what, from, to, and the exact residue. */
    record Converted(String what, Money from, Money to, String residue) {
    }

    static final class Run {
        final Input in;
        final boolean parallel;
        final List<Side> sides = new ArrayList<>();
        final List<Converted> conversions = new ArrayList<>();
        /** Per claim (in claim-id order): its side, pool share and share paid in minor units, quota and flags. */
        int[] sideOf;
        long[] poolMinor;
        long[] paidMinor;
        Quotas quota;
        boolean[] capped;
        boolean[] belowFloor;
        Run(Input in, boolean parallel) {
            this.in = in;
            this.parallel = parallel;
        }

        /**
         * Allocates every pool and returns the certificate's header and inputs section, digested.
         * On two cores with two pools (they share no claim and no company), each core takes one
         * pool and then half of the input lines, and then one of the two digests; with one pool,
         * the other core writes and digests the inputs section meanwhile.
         */
        Certificate.Inputs compute() {
            switch (in.mode) {
                case PER_COUNTRY -> {
                    sides.add(countrySide("US", CountryCode.US, in.usPool.minorUnits(), in.usPool.minorUnits()));
                    sides.add(countrySide("KR", CountryCode.KR, in.krPool.minorUnits(), in.krPool.minorUnits()));
                }
                case POOLED -> pooled();
                case CONTRIBUTION_SHARE -> contributionShare();
            }
            int n = in.n;
            sideOf = new int[n];
            poolMinor = new long[n];
            paidMinor = new long[n];
            quota = new Quotas(n);
            capped = new boolean[n];
            belowFloor = new boolean[n];
            if (parallel && sides.size() == 2) {
                int half = n / 2;
                Forked<SecondLane> other = Forked.of(true, () -> new SecondLane(allocateAndSettle(1),
                        Certificate.claimLines(in, half, n)));
                Converted first = allocateAndSettle(0);
                Utf8Text text = Certificate.inputsStart(in, half);
                SecondLane second = other.join();
                addIfAny(first);
                addIfAny(second.paidInOther());
                text.append(second.claimLines());
                return Certificate.digestInputs(text, true);
            }
            Forked<Certificate.Inputs> inputs = Forked.of(parallel, () -> Certificate.inputs(in));
            for (int side = 0; side < sides.size(); side++) {
                addIfAny(allocateAndSettle(side));
            }
            return inputs.join();
        }

        private Converted allocateAndSettle(int side) {
            Side s = sides.get(side);
            allocate(s);
            Converted paidInOther = settle(side);
            s.checks = Certificate.sideChecks(this, s);
            if (s.index.length >= PARALLEL_FROM && s.outcome.levelDenominator > 0) {
                s.level = new SharedDenominator(s.outcome.levelDenominator);
            }
            return paidInOther;
        }

        private void addIfAny(Converted c) {
            if (c != null) {
                conversions.add(c);
            }
        }

        /** Shares a side's pool; its companies are numbered 0, 1, 2... in ascending id, as in the input. */
        private void allocate(Side s) {
            int m = s.index.length;
            long[] ids = new long[m];
            int[] local = new int[in.companies];
            for (int i = 0; i < m; i++) {
                ids[i] = in.claimId[s.index[i]];
                local[in.company[s.index[i]]] = 1;
            }
            int companies = 0;
            for (int k = 0; k < in.companies; k++) {
                if (local[k] != 0) {
                    local[k] = ++companies;
                }
            }
            long[] companyIds = new long[companies];
            int[] companyOf = new int[m];
            for (int i = 0; i < m; i++) {
                int k = in.company[s.index[i]];
                companyOf[i] = local[k] - 1;
                companyIds[local[k] - 1] = in.companyIds[k];
            }
            s.outcome = PoolAllocator.allocate(s.pool, ids, companyOf, companyIds, s.approved, in.method, in.basis, s.cap,
                    s.floor, parallel && sides.size() == 1);
        }

        private Side countrySide(String name, CountryCode country, long pool, long capBase) {
            CurrencyCode cur = country.currency();
            int count = 0;
            for (CountryCode c : in.country) {
                if (c == country) {
                    count++;
                }
            }
            int[] index = new int[count];
            long[] approved = new long[count];
            int i = 0;
            for (int g = 0; g < in.n; g++) {
                if (in.country[g] == country) {
                    index[i] = g;
                    approved[i++] = in.approvedMinor[g];
                }
            }
            if (count == 0) {
                // nobody to share with: no cap or floor to convert, so no rate is needed
                return new Side(name, cur, pool, PoolAllocator.NO_CAP, 0, index, approved);
            }
            return new Side(name, cur, pool, in.capIn(cur, capBase), in.floorIn(cur), index, approved);
        }

        private void pooled() {
            CurrencyCode cur = in.poolCurrency;
            Money own = cur == CurrencyCode.USD ? in.usPool : in.krPool;
            Money other = cur == CurrencyCode.USD ? in.krPool : in.usPool;
            Quota converted = in.from(other.currency()).exact(other.minorUnits());
            conversions.add(new Converted("pool " + (other.currency() == CurrencyCode.KRW ? "KR" : "US"), other,
                    Money.ofMinor(converted.whole, cur), converted.remainderText() + " " + cur + " minor units"));
            long pool = Arith.add(own.minorUnits(), converted.whole);
            int n = in.n;
            int[] index = IndexSort.identity(n);
            long[] approved = new long[n];
            Conversion toPool = null;
            for (int g = 0; g < n; g++) {
                CurrencyCode currency = in.country[g].currency();
                if (currency == cur) {
                    approved[g] = in.approvedMinor[g];
                } else {
                    toPool = toPool == null ? in.from(currency) : toPool;
                    approved[g] = toPool.down(in.approvedMinor[g]);
                }
            }
            sides.add(new Side("POOLED", cur, pool, in.capIn(cur, pool), in.floorIn(cur), index, approved));
        }

        private void contributionShare() {
            long us = in.usPool.minorUnits();
            long kr = in.krPool.minorUnits();
            long needUs = need(CountryCode.US, in.capIn(CurrencyCode.USD, us), in.floorIn(CurrencyCode.USD));
            long needKr = need(CountryCode.KR, in.capIn(CurrencyCode.KRW, kr), in.floorIn(CurrencyCode.KRW));
            if (needUs < us && needKr > kr) {
                long[] moved = transfer(CurrencyCode.USD, us - needUs, needKr - kr);
                conversions.add(new Converted("surplus US to KR", Money.ofMinor(moved[0], CurrencyCode.USD),
                        Money.ofMinor(moved[1], CurrencyCode.KRW), residue(CurrencyCode.USD, moved[0])));
                us -= moved[0];
                kr = Arith.add(kr, moved[1]);
            } else if (needKr < kr && needUs > us) {
                long[] moved = transfer(CurrencyCode.KRW, kr - needKr, needUs - us);
                conversions.add(new Converted("surplus KR to US", Money.ofMinor(moved[0], CurrencyCode.KRW),
                        Money.ofMinor(moved[1], CurrencyCode.USD), residue(CurrencyCode.KRW, moved[0])));
                kr -= moved[0];
                us = Arith.add(us, moved[1]);
            }
            sides.add(countrySide("US", CountryCode.US, us, in.usPool.minorUnits()));
            sides.add(countrySide("KR", CountryCode.KR, kr, in.krPool.minorUnits()));
        }

        private String residue(CurrencyCode from, long minor) {
            Conversion c = in.from(from);
            return c.exact(minor).remainderText() + " " + c.to + " minor units";
        }

        /** Moves at most the surplus, and no more than (rounded UP) what the other side lacks. */
        private long[] transfer(CurrencyCode from, long surplus, long lack) {
            CurrencyCode to = from == CurrencyCode.USD ? CurrencyCode.KRW : CurrencyCode.USD;
            long amount = Math.min(surplus, in.from(to).up(lack));
            long received = in.from(from).down(amount);
            return new long[] {amount, received};
        }

        /** What one country's companies can take at most: their limits, without units below the floor. */
        private long need(CountryCode country, long cap, long floor) {
            long[] sums = new long[in.companies];
            boolean perClaim = in.method == AllocationMethod.EVEN && in.basis == EvenBasis.CLAIM;
            for (int g = 0; g < in.n; g++) {
                if (in.country[g] != country) {
                    continue;
                }
                long a = in.approvedMinor[g];
                int k = in.company[g];
                if (!perClaim || a >= floor) {
                    sums[k] = Arith.add(sums[k], a);
                }
            }
            // companies of the other country have a sum of 0 and add nothing
            long need = 0;
            for (int k = 0; k < in.companies; k++) {
                long limit = Math.min(sums[k], cap);
                if (perClaim || limit >= floor) {
                    need = Arith.add(need, limit);
                }
            }
            return need;
        }

        /**
         * Per claim of the side: the pool share, the share paid in the company's currency; the residue
         * of paying shares in the other currency, if any.
         */
        private Converted settle(int side) {
            Side s = sides.get(side);
            PoolAllocator.Outcome o = s.outcome;
            Conversion back = null;
            BigInteger residueNum = BigInteger.ZERO;
            BigInteger residueDen = BigInteger.ONE;
            long residueWhole = 0;
            long residueSmall = 0;
            boolean foreign = false;
            for (int i = 0; i < s.index.length; i++) {
                int g = s.index[i];
                sideOf[g] = side;
                poolMinor[g] = o.share[i];
                paidMinor[g] = o.share[i];
                o.quota.copyTo(i, quota, g);
                capped[g] = o.capped[i];
                belowFloor[g] = o.belowFloor[i];
                CurrencyCode cur = in.country[g].currency();
                if (cur != s.currency) {
                    back = back == null ? in.from(s.currency) : back;
                    Quota exact = back.exact(o.share[i]);
                    long approvedMinor = in.approvedMinor[g];
                    // a claim that got all of its approved amount (as the pool counts it) is paid that amount
                    // exactly, not a few won or cents less for the round trip through the pool currency
                    long paid = o.share[i] == s.approved[i] ? approvedMinor : Math.min(exact.whole, approvedMinor);
                    paidMinor[g] = paid;
                    residueWhole = Arith.add(residueWhole, exact.whole - paid);
                    long r = exact.remainderLong();
                    if (r >= 0 && residueSmall <= Long.MAX_VALUE - r) {
                        residueSmall += r;
                    } else {
                        residueNum = residueNum.add(exact.remainderNumerator());
                    }
                    if (!foreign) {
                        // every conversion at this rate has the same denominator
                        residueDen = exact.denominator();
                        foreign = true;
                    }
                }
            }
            if (foreign) {
                CurrencyCode to = back.to;
                BigInteger num = residueNum.add(BigInteger.valueOf(residueSmall))
                        .add(BigInteger.valueOf(residueWhole).multiply(residueDen));
                BigInteger g = num.gcd(residueDen);
                g = g.signum() == 0 ? BigInteger.ONE : g;
                return new Converted("shares paid in " + to, null, null,
                        num.divide(g) + "/" + residueDen.divide(g) + " " + to + " minor units");
            }
            return null;
        }

        /** Claim g's share, with its quota written as the certificate writes it. */
        Share share(int g) {
            CurrencyCode poolCurrency = sides.get(sideOf[g]).currency;
            Money poolShare = Money.ofMinor(poolMinor[g], poolCurrency);
            CurrencyCode cur = in.country[g].currency();
            Money share = cur == poolCurrency ? poolShare : Money.ofMinor(paidMinor[g], cur);
            return new Share(in.claimId[g], in.companyId[g], in.country[g], in.approved(g), poolShare, share, quota.get(g).toString(),
                    adjustment(g), capped[g], belowFloor[g]);
        }

        /** The pool share's minor units minus floor(quota): 0 or 1. */
        long adjustment(int g) {
            return poolMinor[g] - quota.whole(g);
        }

        AllocationResult result(Certificate.Inputs inputs) {
            List<PoolOutcome> pools = new ArrayList<>();
            for (Side s : sides) {
                Money pool = Money.ofMinor(s.pool, s.currency);
                Money distributed = Money.ofMinor(s.outcome.distributed, s.currency);
                pools.add(new PoolOutcome(s.name, pool, distributed, pool.minus(distributed)));
            }
            AllocationCertificate certificate = Certificate.write(this, pools, inputs);
            return new AllocationResult(new ShareList(this), pools, certificate);
        }
    }
}
