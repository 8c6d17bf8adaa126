package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * Shares a round's pools among its approved claims, by the rules of docs/allocation.md (R1–R12):
 * <ul>
 * <li>exact in minor units: the largest-remainder method (larger remainder first, then smaller id)
 * makes the shares add up exactly to what is distributed; nobody gets more than approved;</li>
 * <li>EVEN gives every unit (claim or company) the same level, PROPORTIONAL the same ratio of its
 * approved amount; the company cap holds a company back and what it cannot take goes to the
 * others;</li>
 * <li>the floor is the smallest payment the fund makes: a unit gets 0, its whole limit or at least
 * the floor; nobody is dropped while the money left could pay their floor, and more money never
 * lowers anybody's quota;</li>
 * <li>when the approved amounts fit in the pool everyone gets their approved amount and the leftover
 * stays in the fund;</li>
 * <li>conversions round DOWN and cite the named rate, and the shares paid in each currency can be
 * paid from the contributions (R12): the fund never promises money it does not hold.</li>
 * </ul>
 * The result depends only on the inputs, not on their order, and its certificate lets an auditor
 * check every share offline with the independent verifier ({@code allocation.verifier}).
 */
public final class Allocator {

    /**
     * The largest amount, in minor units, that a pool, claim, cap or floor may have (also after a
     * conversion): USD 10 trillion or KRW 1,000 trillion, far above any fund.
     */
    static final long MAX_MINOR = 1_000_000_000_000_000L;

    /** The most that the approved claims of one pool may add up to, in minor units, so that every sum stays exact. */
    static final long MAX_TOTAL = 1_000_000_000_000_000_000L;

    private Allocator() {
    }

    /**
     * Allocates the request's pools among its claims.
     *
     * @throws IllegalArgumentException with a message a user can read when the input is invalid
     */
    public static AllocationResult allocate(AllocationRequest request) {
        Input in = Input.read(request);
        Allocation allocation = new Allocation(in);
        allocation.run();
        return allocation.result();
    }

    /** One pool being shared (R2): its name, currency, amount, cap and floor, and its claims by index. */
    static final class Pool {
        final String name;
        final CurrencyCode currency;
        final int[] claims;
        final long cap;
        final long floor;
        final PoolSharing sharing;
        long amount;

        Pool(String name, CurrencyCode currency, long amount, long cap, long floor, int[] claims, Input in) {
            this.name = name;
            this.currency = currency;
            this.amount = amount;
            this.claims = claims;
            this.cap = cap;
            this.floor = floor;
            if (cap != PoolSharing.NO_CAP && cap > 0 && cap < floor) {
                throw new IllegalArgumentException("The company cap of pool " + name + ", " + Money.ofMinor(cap, currency)
                        + ", is below its floor, " + Money.ofMinor(floor, currency)
                        + ": no company could be paid the floor. Lower the floor or raise the cap");
            }
            long[] ids = new long[claims.length];
            long[] companies = new long[claims.length];
            long[] approved = new long[claims.length];
            long total = 0;
            for (int j = 0; j < claims.length; j++) {
                ClaimEntitlement c = in.claims.get(claims[j]);
                ids[j] = c.claimId();
                companies[j] = c.companyId();
                approved[j] = c.country().currency() == currency ? in.approvedMinor[claims[j]] : in.down(c.approved()).floor();
                // each amount is at most MAX_MINOR, so the sum passes MAX_TOTAL long before it could overflow
                total = total > MAX_TOTAL ? total : total + approved[j];
            }
            if (total > MAX_TOTAL) {
                BigInteger sum = Arrays.stream(approved).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
                throw new IllegalArgumentException("The approved claims of pool " + name + " add up to " + currency + " "
                        + new BigDecimal(sum, currency.minorUnits()).toPlainString()
                        + ", more than one allocation adds up exactly, " + Money.ofMinor(MAX_TOTAL, currency));
            }
            this.sharing = new PoolSharing(ids, companies, approved, in.rules.method(), in.rules.evenBasis(), cap, floor);
        }
    }

    /** A conversion the certificate reports (R1): what, from, to (null when not one amount), the exact residue. */
    record Converted(String what, Money from, Money to, Fraction residue, CurrencyCode residueCurrency) {
    }

    /** One run of the rules over a validated request. */
    static final class Allocation {
        final Input in;
        final List<Pool> pools = new ArrayList<>();
        final List<Converted> conversions = new ArrayList<>();
        /** Per claim, in ascending claim id: its pool and its place in it, and the share paid. */
        final Pool[] poolOf;
        final int[] at;
        final long[] paid;

        Allocation(Input in) {
            this.in = in;
            int n = in.claims.size();
            poolOf = new Pool[n];
            at = new int[n];
            paid = new long[n];
        }

        void run() {
            switch (in.mode) {
                case PER_COUNTRY -> {
                    pools.add(countryPool("US", CountryCode.US, in.usPool.minorUnits(), in.usPool.minorUnits()));
                    pools.add(countryPool("KR", CountryCode.KR, in.krPool.minorUnits(), in.krPool.minorUnits()));
                }
                case POOLED -> pooled();
                case CONTRIBUTION_SHARE -> contributionShare();
            }
            for (Pool pool : pools) {
                pool.sharing.share(pool.amount);
                for (int j = 0; j < pool.claims.length; j++) {
                    poolOf[pool.claims[j]] = pool;
                    at[pool.claims[j]] = j;
                }
            }
            settle();
        }

        private Pool countryPool(String name, CountryCode country, long amount, long capBase) {
            CurrencyCode currency = country.currency();
            int[] claims = in.indicesOf(country);
            long cap = claims.length == 0 ? PoolSharing.NO_CAP : in.cap(currency, capBase);
            long floor = claims.length == 0 ? 0 : in.floorIn(currency);
            return new Pool(name, currency, amount, cap, floor, claims, in);
        }

        /** R2: the other pool converted DOWN into the pool currency and added; every claim in one pool. */
        private void pooled() {
            CurrencyCode currency = in.poolCurrency;
            Money own = currency == CurrencyCode.USD ? in.usPool : in.krPool;
            Money other = currency == CurrencyCode.USD ? in.krPool : in.usPool;
            Fraction exact = in.down(other);
            long converted = exact.floor();
            conversions.add(new Converted("pool " + (other.currency() == CurrencyCode.KRW ? "KR" : "US"), other,
                    Money.ofMinor(converted, currency), exact.remainder(), currency));
            long amount = own.minorUnits() + converted;
            int[] all = new int[in.claims.size()];
            Arrays.setAll(all, i -> i);
            pools.add(new Pool("POOLED", currency, amount, in.cap(currency, amount), in.floorIn(currency), all, in));
        }

        /** R3: each side its own contribution; a side's surplus moves to the other side when it lacks. */
        private void contributionShare() {
            Pool us = countryPool("US", CountryCode.US, in.usPool.minorUnits(), in.usPool.minorUnits());
            Pool kr = countryPool("KR", CountryCode.KR, in.krPool.minorUnits(), in.krPool.minorUnits());
            long needUs = us.sharing.need();
            long needKr = kr.sharing.need();
            if (needUs < us.amount && needKr > kr.amount) {
                transfer(us, kr, us.amount - needUs, needKr - kr.amount);
            } else if (needKr < kr.amount && needUs > us.amount) {
                transfer(kr, us, kr.amount - needKr, needUs - us.amount);
            }
            pools.add(us);
            pools.add(kr);
        }

        private void transfer(Pool from, Pool to, long surplus, long lack) {
            Fraction lackGiven = in.conversion(to.currency).exact(lack);
            long moved = lackGiven.compareTo(surplus) >= 0 ? surplus : lackGiven.ceil();
            Fraction exact = in.conversion(from.currency).exact(moved);
            long received = exact.floor();
            from.amount -= moved;
            to.amount += received;
            conversions.add(new Converted("surplus " + from.name + " to " + to.name, Money.ofMinor(moved, from.currency),
                    Money.ofMinor(received, to.currency), exact.remainder(), to.currency));
        }

        /** R10: the share paid, in the claim's currency; the residue of the shares paid in the other currency. */
        private void settle() {
            Fraction residue = null;
            CurrencyCode residueCurrency = null;
            for (int g = 0; g < paid.length; g++) {
                Pool pool = poolOf[g];
                long poolShare = pool.sharing.poolShare[at[g]];
                CurrencyCode currency = in.claims.get(g).country().currency();
                if (currency == pool.currency) {
                    paid[g] = poolShare;
                    continue;
                }
                Fraction exact = in.conversion(pool.currency).exact(poolShare);
                paid[g] = exact.floor();
                residue = residue == null ? exact.remainder() : residue.plus(exact.remainder());
                residueCurrency = currency;
            }
            if (residue != null) {
                conversions.add(new Converted("shares paid in " + residueCurrency, null, null, residue, residueCurrency));
            }
        }

        Share share(int g) {
            ClaimEntitlement claim = in.claims.get(g);
            Pool pool = poolOf[g];
            PoolSharing s = pool.sharing;
            int j = at[g];
            return new Share(claim.claimId(), claim.companyId(), claim.country(), claim.approved(),
                    Money.ofMinor(s.poolShare[j], pool.currency), Money.ofMinor(paid[g], claim.country().currency()),
                    s.quotaText(j), adjustment(g), s.capped[j], s.belowFloor[j]);
        }

        long adjustment(int g) {
            PoolSharing s = poolOf[g].sharing;
            return s.poolShare[at[g]] - s.quotaFloor[at[g]];
        }

        AllocationResult result() {
            List<PoolOutcome> outcomes = new ArrayList<>();
            for (Pool pool : pools) {
                Money amount = Money.ofMinor(pool.amount, pool.currency);
                Money distributed = Money.ofMinor(pool.sharing.distributed, pool.currency);
                outcomes.add(new PoolOutcome(pool.name, amount, distributed, amount.minus(distributed)));
            }
            AllocationCertificate certificate = CertificateText.write(this, outcomes);
            return new AllocationResult(new Shares(this), outcomes, certificate);
        }
    }

    /** The shares ordered by claim id, each made when read: a million claims are not a million records kept. */
    static final class Shares extends AbstractList<Share> implements RandomAccess {
        private final Allocation allocation;

        Shares(Allocation allocation) {
            this.allocation = allocation;
        }

        @Override
        public Share get(int index) {
            return allocation.share(java.util.Objects.checkIndex(index, size()));
        }

        @Override
        public int size() {
            return allocation.paid.length;
        }
    }

    /** The request, validated, with the claims in ascending claim id. */
    static final class Input {
        final AllocationRequest request;
        final PoolMode mode;
        final AllocationRules rules;
        final CurrencyCode poolCurrency;
        final NamedRate rate;
        final Money usPool;
        final Money krPool;
        final List<ClaimEntitlement> claims;
        /** Each claim's approved amount in minor units (a Money's unscaled value). */
        final long[] approvedMinor;
        private final java.util.Map<CurrencyCode, Conversion> conversions = new java.util.EnumMap<>(CurrencyCode.class);

        private Input(AllocationRequest r, List<ClaimEntitlement> claims) {
            request = r;
            mode = r.mode();
            rules = r.rules();
            poolCurrency = mode == PoolMode.PER_COUNTRY ? null : r.poolCurrency();
            rate = r.rate();
            usPool = r.usPool();
            krPool = r.krPool();
            this.claims = claims;
            approvedMinor = claims.stream().mapToLong(c -> c.approved().amount().unscaledValue().longValueExact()).toArray();
        }

        static Input read(AllocationRequest r) {
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
                require(rules.companyCap().amount().signum() > 0,
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
            }
            require(r.claims() != null, "The list of claims is required (it may be empty)");
            List<ClaimEntitlement> claims = new ArrayList<>(r.claims());
            ArithmeticException tooLarge = null;
            for (ClaimEntitlement c : claims) {
                // the messages are made only for a claim that is refused
                if (c == null) {
                    throw new IllegalArgumentException("A claim in the list is missing");
                }
                if (c.country() == null || c.approved() == null) {
                    throw new IllegalArgumentException("Claim " + c.claimId() + " has no "
                            + (c.country() == null ? "country" : "approved amount"));
                }
                if (c.approved().currency() != c.country().currency()) {
                    throw new IllegalArgumentException("Claim " + c.claimId() + " is approved in " + c.approved().currency()
                            + " but a " + c.country() + " company is paid in " + c.country().currency());
                }
                if (c.approved().isNegative()) {
                    throw new IllegalArgumentException("Claim " + c.claimId() + " has a negative approved amount");
                }
                if (tooLarge == null && above(c.approved(), MAX_MINOR)) {
                    tooLarge = new ArithmeticException("Claim " + c.claimId() + " has an approved amount ("
                            + c.approved() + ") above the most an allocation takes, " + largest(c.approved().currency()));
                }
            }
            if (tooLarge != null) {
                throw new IllegalArgumentException(tooLarge.getMessage());
            }
            // in ascending claim id: the ids sorted as numbers, each claim put at its id's place
            long[] ids = claims.stream().mapToLong(ClaimEntitlement::claimId).toArray();
            Arrays.sort(ids);
            for (int g = 1; g < ids.length; g++) {
                if (ids[g - 1] == ids[g]) {
                    throw new IllegalArgumentException("Claim " + ids[g] + " appears more than once");
                }
            }
            ClaimEntitlement[] byId = new ClaimEntitlement[ids.length];
            for (ClaimEntitlement c : claims) {
                byId[Arrays.binarySearch(ids, c.claimId())] = c;
            }
            claims = Arrays.asList(byId);
            java.util.Map<Long, CountryCode> countryOfCompany = new java.util.HashMap<>();
            for (ClaimEntitlement c : claims) {
                CountryCode before = countryOfCompany.putIfAbsent(c.companyId(), c.country());
                if (before != null && before != c.country()) {
                    throw new IllegalArgumentException("Company " + c.companyId() + " has claims in both countries");
                }
            }
            Input in = new Input(r, claims);
            in.requireRateFor(rules.companyCap(), "the company cap");
            in.requireRateFor(rules.floor(), "the floor");
            return in;
        }

        private void requireRateFor(Money amount, String what) {
            if (amount == null || rate != null) {
                return;
            }
            boolean other = switch (mode) {
                case POOLED -> amount.currency() != poolCurrency;
                case PER_COUNTRY, CONTRIBUTION_SHARE -> claims.stream()
                        .anyMatch(c -> c.country().currency() != amount.currency());
            };
            require(!other, "Converting " + what + " (" + amount + ") needs a named exchange rate");
        }

        int[] indicesOf(CountryCode country) {
            return java.util.stream.IntStream.range(0, claims.size()).filter(g -> claims.get(g).country() == country)
                    .toArray();
        }

        /** The conversion from a currency into the other at the named rate (R1), made once per currency. */
        Conversion conversion(CurrencyCode from) {
            return conversions.computeIfAbsent(from, currency -> new Conversion(rate, currency));
        }

        /** An amount in a currency's minor units, converted DOWN (R1) when it is the other one. */
        long minorIn(Money amount, CurrencyCode currency) {
            return amount.currency() == currency ? amount.minorUnits() : down(amount).floor();
        }

        /**
         * The exact value of an amount in the other currency; refused, naming both amounts and the
         * rate, when it is above {@link #MAX_MINOR} minor units.
         */
        Fraction down(Money amount) {
            Fraction exact = conversion(amount.currency()).exact(amount.minorUnits());
            if (exact.compareTo(MAX_MINOR) > 0) {
                CurrencyCode to = amount.currency() == CurrencyCode.USD ? CurrencyCode.KRW : CurrencyCode.USD;
                throw new IllegalArgumentException(amount + " is " + to + " "
                        + new BigDecimal(exact.num().divide(exact.den()), to.minorUnits()).toPlainString() + " at "
                        + rate.rate().base() + "/" + rate.rate().quote() + " " + rate.rate().rate().toPlainString()
                        + ": too large for an allocation, which takes at most " + largest(to));
            }
            return exact;
        }

        /** R4: the lower of the converted cap and the percent of the cap base, rounded DOWN. */
        long cap(CurrencyCode currency, long capBase) {
            long cap = PoolSharing.NO_CAP;
            if (rules.companyCap() != null) {
                cap = minorIn(rules.companyCap(), currency);
            }
            if (rules.capPercentOfPool() != null) {
                long ofPool = new BigDecimal(capBase).multiply(rules.capPercentOfPool())
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
                cap = Math.min(cap, ofPool);
            }
            return cap;
        }

        long floorIn(CurrencyCode currency) {
            return rules.floor() == null ? 0 : minorIn(rules.floor(), currency);
        }

        private static void requirePool(Money pool, CurrencyCode currency, String what) {
            require(pool != null, what + " is required (it may be zero)");
            require(pool.currency() == currency, what + " must be in " + currency + ", not " + pool.currency());
            require(!pool.isNegative(), what + " cannot be negative: " + pool);
            requireAtMost(pool, what);
        }

        /** Refuses an amount above {@link #MAX_MINOR} minor units, saying what the most is. */
        private static void requireAtMost(Money amount, String what) {
            if (amount != null && above(amount, MAX_MINOR)) {
                throw new IllegalArgumentException(what + " (" + amount + ") is above the most an allocation takes, "
                        + largest(amount.currency()));
            }
        }

        /** Whether an amount is above {@code minor} minor units (a Money's unscaled value is its minor units). */
        private static boolean above(Money amount, long minor) {
            BigInteger unscaled = amount.amount().unscaledValue();
            return unscaled.bitLength() > 62 || unscaled.longValue() > minor;
        }

        static Money largest(CurrencyCode currency) {
            return Money.ofMinor(MAX_MINOR, currency);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
