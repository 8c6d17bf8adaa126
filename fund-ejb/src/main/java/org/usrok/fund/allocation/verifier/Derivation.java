package org.usrok.fund.allocation.verifier;

import org.usrok.fund.allocation.verifier.CertificateInputs.Amount;
import org.usrok.fund.allocation.verifier.CertificateInputs.Claim;
import org.usrok.fund.allocation.verifier.CertificateInputs.Currency;
import org.usrok.fund.allocation.verifier.CertificateInputs.Method;
import org.usrok.fund.allocation.verifier.CertificateInputs.Mode;
import org.usrok.fund.allocation.verifier.CertificateVerifier.Expected;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.math.BigInteger.ONE;
import static java.math.BigInteger.ZERO;

/**
 * What the rules R1–R12 of docs/allocation.md give for a certificate's inputs, and the output lines
 * that follow ("The certificate"), one method per rule. It reads nothing of the outputs section.
 *
 * <p>The levels of R7 (λ, and μ_k per company) are solved, not read from the stated quotas: each
 * unit's quota {@code min(top, max(f, λ·w))} is flat, then linear, then flat, so one sort of its 2n
 * breakpoints and one sweep of the running sums find the smallest level where the sum reaches its
 * target ({@link #level}). The claims are grouped by company once, and each company's claims, the
 * companies with a remainder and each company's claims with one are sorted once: O(n log n) in all,
 * with no loop over claims inside a loop over claims.
 */
final class Derivation {

    private static final BigInteger MAX_TOTAL = BigInteger.TEN.pow(18);
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** A unit of R5: a company, or (EVEN / CLAIM) an admitted claim whose {@code top} is min(a_i, max(f_i, μ_k)). */
    private record Unit(long id, int ref, BigInteger approved, BigInteger floor, BigInteger limit, Ratio top,
                        BigInteger weight) {}

    /** A company of a pool: its claims (global indices in id order), limit, quota Q_k and share (R9). */
    private static final class Company {
        final long id;
        final List<Integer> claims = new ArrayList<>();
        BigInteger approved = ZERO;
        BigInteger limit;
        Ratio quota = Ratio.ZERO;
        BigInteger share;

        Company(long id) {
            this.id = id;
        }
    }

    /** A pool of R2 in currency K: amount P, cap C (null: none), floor F, units and results. */
    private static final class Pool {
        final String name;
        final Currency currency;
        final List<Integer> members = new ArrayList<>();
        final List<Company> companies = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        BigInteger amount;
        BigInteger cap;
        BigInteger floor = ZERO;
        BigInteger sumLimits = ZERO;
        BigInteger sumFloors = ZERO;
        BigInteger distributed;
        int rCase;
        Ratio level;
        Ratio[] unitQuota;
        boolean[] unitDropped;

        Pool(String name, Currency currency) {
            this.name = name;
            this.currency = currency;
        }
    }

    private static final Comparator<Unit> PRIORITY = Comparator.comparing(Unit::floor)
            .thenComparing(Unit::approved, Comparator.reverseOrder()).thenComparingLong(Unit::id);

    private final CertificateInputs in;
    private final Problems problems;
    private final boolean claimUnits;
    private final Ratio rate;
    private final List<Pool> pools = new ArrayList<>();
    private final List<Expected> conversions = new ArrayList<>();
    private final BigInteger[] approvedInPool;
    private final Ratio[] quota;
    private final BigInteger[] poolShare;
    private final BigInteger[] paid;
    private final boolean[] leftOut;
    private final boolean[] capped;
    private final boolean[] belowFloor;
    private final Pool[] poolOf;
    private final Company[] companyOf;

    Derivation(CertificateInputs in, Problems problems) {
        this.in = in;
        this.problems = problems;
        this.claimUnits = in.method() == Method.EVEN && in.basis() == CertificateInputs.Basis.CLAIM;
        this.rate = in.rate() == null ? null : Ratio.of(in.rate().value());
        int n = in.claims().size();
        approvedInPool = new BigInteger[n];
        quota = new Ratio[n];
        poolShare = new BigInteger[n];
        paid = new BigInteger[n];
        leftOut = new boolean[n];
        capped = new boolean[n];
        belowFloor = new boolean[n];
        poolOf = new Pool[n];
        companyOf = new Company[n];
    }

    /** Applies the rules to every pool; false (reported) when the inputs are refused. */
    boolean derive() {
        if (!pools()) {
            return false;
        }
        pools.forEach(this::allocate);
        return true;
    }

    // ---------------------------------------------------------------- R1 conversions

    /** R1: the exact value of x minor units of {@code from} in minor units of {@code to}. */
    private Ratio exact(BigInteger x, Currency from, Currency to) {
        BigInteger[] nd = exactParts(x, from, to);
        return Ratio.of(nd[0], nd[1]);
    }

    /**
     * R1 as {n, d}, not reduced: x·r·10^m(to) / 10^m(from) from BASE to QUOTE, x·10^m(to) / (r·10^m(from))
     * from QUOTE to BASE. d depends only on the direction, so residues of one direction add up as numerators.
     */
    private BigInteger[] exactParts(BigInteger x, Currency from, Currency to) {
        if (from == to) {
            return new BigInteger[] {x, ONE};
        }
        BigInteger n = x.multiply(to.unit);
        return from == in.rate().base() ? new BigInteger[] {n.multiply(rate.num()), from.unit.multiply(rate.den())}
                : new BigInteger[] {n.multiply(rate.den()), from.unit.multiply(rate.num())};
    }

    /** R1 DOWN, refusing (null) a missing rate or a converted amount above the most (Invalid input). */
    private BigInteger down(BigInteger x, Currency from, Currency to, int line, String what) {
        if (from == to) {
            return x;
        }
        if (in.rate() == null) {
            problems.add(line, what + " in " + from + " must be converted into " + to + " and there is no rate: refused");
            return null;
        }
        BigInteger[] nd = exactParts(x, from, to);
        BigInteger value = Ratio.floor(nd[0], nd[1]);
        if (value.compareTo(CertificateInputs.MAX_MINOR) > 0) {
            problems.add(line, what + " " + Amount.format(from, x) + " is " + Amount.format(to, value) + " at "
                    + in.rate().name() + ", above the most an allocation takes (" + Amount.format(to, CertificateInputs.MAX_MINOR) + ")");
            return null;
        }
        return value;
    }

    // ---------------------------------------------------------------- R2-R4 pools

    /** R2: the pools in order, with their claims, amounts (R3), caps and floors (R4); false when refused. */
    private boolean pools() {
        List<Claim> claims = in.claims();
        Currency k = in.poolCurrency();
        if (in.mode() == Mode.POOLED) {
            Pool pool = new Pool("POOLED", k);
            pools.add(pool);
            Currency other = k.other();
            BigInteger own = k == Currency.USD ? in.usPool().minor() : in.krPool().minor();
            BigInteger otherPool = other == Currency.USD ? in.usPool().minor() : in.krPool().minor();
            Ratio converted = exact(otherPool, other, k);
            if (down(otherPool, other, k, other == Currency.USD ? CertificateInputs.US_POOL_LINE
                    : CertificateInputs.KR_POOL_LINE, "the pool") == null) {
                return false;
            }
            pool.amount = own.add(converted.floor());
            conversions.add(conversion("pool " + (other == Currency.USD ? "US" : "KR") + "|"
                    + Amount.format(other, otherPool) + "|" + Amount.format(k, converted.floor()), converted.fractionalPart(), k,
                    "R2: the other pool converted DOWN, its residue exact - DOWN (R1)"));
        } else {
            pools.add(new Pool("US", Currency.USD));
            pools.add(new Pool("KR", Currency.KRW));
        }
        for (int i = 0; i < claims.size(); i++) {
            Pool pool = pools.size() == 1 || claims.get(i).currency() == Currency.USD ? pools.get(0) : pools.get(1);
            pool.members.add(i);
            poolOf[i] = pool;
            Claim c = claims.get(i);
            approvedInPool[i] = down(c.approved().minor(), c.currency(), pool.currency, c.line(), "claim " + c.id() + "'s amount");
            if (approvedInPool[i] == null) {
                return false;
            }
        }
        for (Pool pool : pools) {
            BigInteger total = pool.members.stream().map(i -> approvedInPool[i]).reduce(ZERO, BigInteger::add);
            if (total.compareTo(MAX_TOTAL) > 0) {
                problems.add(CertificateInputs.CLAIMS_LINE, "the claims of pool " + pool.name + " add up to "
                        + Amount.format(pool.currency, total) + ", above the most (" + Amount.format(pool.currency, MAX_TOTAL) + "): refused");
                return false;
            }
            if (pool.amount == null) {
                pool.amount = (pool.currency == Currency.USD ? in.usPool() : in.krPool()).minor();
            }
            if (!capAndFloor(pool, pool.amount)) {
                return false;
            }
            units(pool);
        }
        if (in.mode() == Mode.CONTRIBUTION_SHARE) {
            transfer(pools.get(0), pools.get(1));
        }
        return true;
    }

    /** R4: the company cap C (the lower of the cap converted DOWN and the percent of the cap base, DOWN) and floor F. */
    private boolean capAndFloor(Pool pool, BigInteger capBase) {
        if (pool.members.isEmpty() && in.mode() != Mode.POOLED) {
            return true;
        }
        if (in.cap() != null) {
            pool.cap = down(in.cap().minor(), in.cap().currency(), pool.currency, CertificateInputs.CAP_LINE, "the company cap");
            if (pool.cap == null) {
                return false;
            }
        }
        if (in.percent() != null) {
            BigInteger byPercent = Ratio.of(in.percent()).multiply(capBase).divide(HUNDRED).floor();
            pool.cap = pool.cap == null ? byPercent : pool.cap.min(byPercent);
        }
        if (in.floor() != null) {
            pool.floor = down(in.floor().minor(), in.floor().currency(), pool.currency, CertificateInputs.FLOOR_LINE, "the floor");
        }
        if (pool.floor == null) {
            return false;
        }
        // Invalid input: a cap above 0 but below the floor leaves no company payable
        if (pool.cap != null && pool.cap.signum() > 0 && pool.cap.compareTo(pool.floor) < 0) {
            problems.add(CertificateInputs.FLOOR_LINE, "the company cap of pool " + pool.name + ", "
                    + Amount.format(pool.currency, pool.cap) + ", is below its floor, " + Amount.format(pool.currency, pool.floor)
                    + ": the rules refuse these inputs");
            return false;
        }
        return true;
    }

    /** R3: CONTRIBUTION_SHARE moves min(surplus, UP(lack)) from a side that needs less than its contribution. */
    private void transfer(Pool us, Pool kr) {
        Pool giver = us.sumLimits.compareTo(us.amount) < 0 && kr.sumLimits.compareTo(kr.amount) > 0 ? us
                : kr.sumLimits.compareTo(kr.amount) < 0 && us.sumLimits.compareTo(us.amount) > 0 ? kr : null;
        if (giver == null) {
            return;
        }
        Pool taker = giver == us ? kr : us;
        BigInteger surplus = giver.amount.subtract(giver.sumLimits);
        BigInteger lack = taker.sumLimits.subtract(taker.amount);
        BigInteger moved = surplus.min(exact(lack, taker.currency, giver.currency).ceil());
        Ratio received = exact(moved, giver.currency, taker.currency);
        giver.amount = giver.amount.subtract(moved);
        taker.amount = taker.amount.add(received.floor());
        conversions.add(conversion("surplus " + giver.name + " to " + taker.name + "|" + Amount.format(giver.currency, moved)
                + "|" + Amount.format(taker.currency, received.floor()), received.fractionalPart(), taker.currency,
                "R3: the giving side's surplus " + Amount.format(giver.currency, surplus) + ", the other side's lack "
                        + Amount.format(taker.currency, lack) + " converted UP, the amount received DOWN"));
    }

    private Expected conversion(String fields, Ratio residue, Currency currency, String rules) {
        return new Expected("conversion=" + fields + "|residue " + residue + " " + currency + " minor units|rate "
                + in.rate().name(), "the conversion", rules);
    }

    // ---------------------------------------------------------------- R5-R8 units and quotas

    /** R5: the units of a pool, their limits, weights and floors (R6 for EVEN / CLAIM); ΣL and ΣF. */
    private void units(Pool pool) {
        Map<Long, Company> byId = new TreeMap<>();
        for (int i : pool.members) {
            companyOf[i] = byId.computeIfAbsent(in.claims().get(i).company(), Company::new);
            companyOf[i].claims.add(i);
        }
        pool.companies.addAll(byId.values());
        for (int ci = 0; ci < pool.companies.size(); ci++) {
            Company k = pool.companies.get(ci);
            if (claimUnits) {
                admit(pool, k);
            } else {
                k.approved = k.claims.stream().map(i -> approvedInPool[i]).reduce(ZERO, BigInteger::add);
                k.limit = pool.cap == null ? k.approved : k.approved.min(pool.cap);
                BigInteger weight = in.method() == Method.PROPORTIONAL ? k.approved : ONE;
                pool.units.add(new Unit(k.id, ci, k.approved, pool.floor.min(k.limit), k.limit, Ratio.of(k.limit), weight));
            }
            pool.sumLimits = pool.sumLimits.add(k.limit);
        }
        pool.sumFloors = pool.units.stream().map(Unit::floor).reduce(ZERO, BigInteger::add);
    }

    /**
     * R6: company k's claims in priority order (R5) are admitted while their floors add up to at most C;
     * the rest are left out. Then μ_k (R7): each admitted claim's top is min(a_i, max(f_i, μ_k)).
     */
    private void admit(Pool pool, Company k) {
        List<Unit> claims = new ArrayList<>();
        for (int i : k.claims) {
            long id = in.claims().get(i).id();
            BigInteger a = approvedInPool[i];
            claims.add(new Unit(id, i, a, pool.floor.min(a), a, Ratio.of(a), ONE));
        }
        claims.sort(PRIORITY);
        List<Unit> admitted = new ArrayList<>();
        BigInteger floors = ZERO;
        boolean full = false;
        for (Unit u : claims) {
            full = full || pool.cap != null && floors.add(u.floor()).compareTo(pool.cap) > 0;
            if (full) {
                leftOut[u.ref()] = true;
            } else {
                floors = floors.add(u.floor());
                admitted.add(u);
            }
        }
        k.approved = admitted.stream().map(Unit::approved).reduce(ZERO, BigInteger::add);
        boolean underCap = pool.cap == null || k.approved.compareTo(pool.cap) <= 0;
        k.limit = underCap ? k.approved : pool.cap;
        Ratio mu = underCap ? null : level(admitted, pool.cap);
        for (Unit u : admitted) {
            Ratio top = mu == null ? u.top() : u.top().min(Ratio.of(u.floor()).max(mu));
            pool.units.add(new Unit(u.id(), u.ref(), u.approved(), u.floor(), u.limit(), top, ONE));
        }
    }

    /**
     * R7 case 2, and μ_k of R7: the smallest λ ≥ 0 with Σ min(top, max(f, λ·w)) = target, given
     * Σ f ≤ target ≤ Σ top. A unit is f up to λ = f/w, then λ·w up to top/w, then top; sweeping the
     * sorted breakpoints keeps the sum as whole + fraction + λ·slope (fraction: the tops reached that
     * are not whole, μ_k), and the first breakpoint where it reaches the target closes the segment
     * that holds λ.
     */
    private static Ratio level(List<Unit> units, BigInteger target) {
        record Event(Ratio at, BigInteger weight, BigInteger whole, Ratio fraction) {}
        List<Event> events = new ArrayList<>();
        BigInteger whole = ZERO;
        Ratio fraction = Ratio.ZERO;
        for (Unit u : units) {
            whole = whole.add(u.floor());
            if (u.weight().signum() > 0 && u.top().compareTo(Ratio.of(u.floor())) > 0) {
                boolean wholeTop = u.top().isWhole();
                events.add(new Event(Ratio.of(u.floor(), u.weight()), u.weight(), u.floor().negate(), Ratio.ZERO));
                events.add(new Event(u.top().divide(u.weight()), u.weight().negate(), wholeTop ? u.top().num() : ZERO,
                        wholeTop ? Ratio.ZERO : u.top()));
            }
        }
        if (whole.compareTo(target) >= 0) {
            return Ratio.ZERO;
        }
        events.sort(Comparator.comparing(Event::at));
        BigInteger slope = ZERO;
        for (Event e : events) {
            Ratio at = e.at();
            BigInteger reached = whole.subtract(target).multiply(fraction.den()).add(fraction.num()).multiply(at.den())
                    .add(at.num().multiply(slope).multiply(fraction.den()));
            if (reached.signum() >= 0) {
                return Ratio.of(target.subtract(whole)).subtract(fraction).divide(slope);
            }
            whole = whole.add(e.whole());
            fraction = e.fraction().signum() == 0 ? fraction : fraction.add(e.fraction());
            slope = slope.add(e.weight());
        }
        throw new IllegalStateException("the level's target " + target + " is above every limit");
    }

    /** R7 to R11 for one pool, in the order of the rules. */
    private void allocate(Pool pool) {
        quotas(pool);
        claimQuotas(pool);
        round(pool);
        paidShares(pool);
        flags(pool);
    }

    /** R7: the case that applies (1: ΣL ≤ P; 2: ΣF ≤ P, P below ΣL; 3: P below ΣF) and the quota of every admitted unit. */
    private void quotas(Pool pool) {
        List<Unit> units = pool.units;
        pool.unitQuota = new Ratio[units.size()];
        pool.unitDropped = new boolean[units.size()];
        if (pool.sumLimits.compareTo(pool.amount) <= 0) {
            pool.rCase = 1;
            for (int u = 0; u < units.size(); u++) {
                pool.unitQuota[u] = units.get(u).top();
            }
            pool.distributed = pool.sumLimits;
        } else if (pool.sumFloors.compareTo(pool.amount) <= 0) {
            pool.rCase = 2;
            pool.level = level(units, pool.amount);
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                pool.unitQuota[u] = unit.top().min(Ratio.of(unit.floor()).max(pool.level.multiply(unit.weight())));
            }
            pool.distributed = pool.amount;
        } else {
            floorsOnly(pool);
        }
    }

    /** R7 case 3: the admitted units in priority order (R5) get their floors while these add up to at most P; the rest 0. */
    private void floorsOnly(Pool pool) {
        pool.rCase = 3;
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < pool.units.size(); u++) {
            order.add(u);
        }
        order.sort(Comparator.comparing(pool.units::get, PRIORITY));
        BigInteger given = ZERO;
        boolean full = false;
        for (int u : order) {
            Unit unit = pool.units.get(u);
            full = full || given.add(unit.floor()).compareTo(pool.amount) > 0;
            pool.unitQuota[u] = full ? Ratio.ZERO : Ratio.of(unit.floor());
            pool.unitDropped[u] = full && unit.limit().signum() > 0;
            given = full ? given : given.add(unit.floor());
        }
        pool.distributed = given;
    }

    /** R8: in a company unit a claim's quota is Q_k · a_i / A_k (0 when A_k = 0); for EVEN / CLAIM Q_k is the sum of its claims'. */
    private void claimQuotas(Pool pool) {
        pool.members.forEach(i -> quota[i] = Ratio.ZERO);
        for (int u = 0; u < pool.units.size(); u++) {
            Unit unit = pool.units.get(u);
            if (claimUnits) {
                quota[unit.ref()] = pool.unitQuota[u];
            } else {
                pool.companies.get(unit.ref()).quota = pool.unitQuota[u];
            }
        }
        for (Company k : pool.companies) {
            for (int i : k.claims) {
                if (claimUnits) {
                    k.quota = k.quota.add(quota[i]);
                } else if (k.approved.signum() > 0) {
                    quota[i] = Ratio.of(k.quota.num().multiply(approvedInPool[i]), k.quota.den().multiply(k.approved));
                }
            }
        }
    }

    /** R9: largest remainder, first among the companies (ties: smaller company id), then among each company's claims (smaller claim id). */
    private void round(Pool pool) {
        List<Company> cs = pool.companies;
        BigInteger[] shares = largestRemainder(cs.stream().map(k -> k.quota).toArray(Ratio[]::new),
                cs.stream().mapToLong(k -> k.id).toArray(), pool.distributed);
        for (int c = 0; c < cs.size(); c++) {
            Company k = cs.get(c);
            k.share = shares[c];
            BigInteger[] own = largestRemainder(k.claims.stream().map(i -> quota[i]).toArray(Ratio[]::new),
                    k.claims.stream().mapToLong(i -> in.claims().get(i).id()).toArray(), k.share);
            for (int j = 0; j < own.length; j++) {
                poolShare[k.claims.get(j)] = own[j];
            }
        }
    }

    /** R9: each gets floor(q); the total − Σ floor(q) units left go one each to the larger remainders, then the smaller id. */
    private static BigInteger[] largestRemainder(Ratio[] q, long[] ids, BigInteger total) {
        BigInteger[] out = new BigInteger[q.length];
        Ratio[] rest = new Ratio[q.length];
        BigInteger left = total;
        List<Integer> withRest = new ArrayList<>();
        for (int j = 0; j < q.length; j++) {
            out[j] = q[j].floor();
            rest[j] = q[j].fractionalPart();
            left = left.subtract(out[j]);
            if (rest[j].signum() > 0) {
                withRest.add(j);
            }
        }
        if (left.signum() < 0 || left.compareTo(BigInteger.valueOf(withRest.size())) > 0) {
            throw new IllegalStateException("the quotas do not add up to " + total);
        }
        if (left.signum() > 0) {
            withRest.sort(Comparator.comparing((Integer j) -> rest[j]).reversed().thenComparingLong(j -> ids[j]));
            for (int r = 0; r < left.intValueExact(); r++) {
                out[withRest.get(r)] = out[withRest.get(r)].add(ONE);
            }
        }
        return out;
    }

    /** R10: the share paid is the pool share, or (POOLED) the pool share converted DOWN into the claim's currency. */
    private void paidShares(Pool pool) {
        BigInteger residue = ZERO;
        BigInteger denominator = null;
        for (int i : pool.members) {
            BigInteger[] nd = exactParts(poolShare[i], pool.currency, in.claims().get(i).currency());
            BigInteger[] qr = nd[0].divideAndRemainder(nd[1]);
            paid[i] = qr[0];
            if (in.claims().get(i).currency() != pool.currency) {
                residue = residue.add(qr[1]);
                denominator = nd[1];
            }
        }
        if (denominator != null) {
            Currency other = pool.currency.other();
            conversions.add(conversion("shares paid in " + other + "|-|-", Ratio.of(residue, denominator), other,
                    "R10: the sum over the shares paid in " + other + " of the exact pool share minus the share paid"));
        }
    }

    /** R11: below-floor (left out by the cap; 0 in case 3 with a limit above 0) and capped (Q_k = C below the approved). */
    private void flags(Pool pool) {
        for (int u = 0; u < pool.units.size(); u++) {
            Unit unit = pool.units.get(u);
            if (pool.unitDropped[u]) {
                (claimUnits ? List.of(unit.ref()) : pool.companies.get(unit.ref()).claims).forEach(i -> belowFloor[i] = true);
            }
        }
        for (Company k : pool.companies) {
            boolean atCap = pool.cap != null && k.quota.compareTo(Ratio.of(pool.cap)) == 0 && pool.cap.compareTo(k.approved) < 0;
            for (int i : k.claims) {
                belowFloor[i] |= leftOut[i];
                capped[i] = leftOut[i] || atCap && (!claimUnits || quota[i].compareTo(Ratio.of(approvedInPool[i])) < 0);
            }
        }
    }

    /** R12: the shares paid per currency are payable from the two contributions. */
    boolean payable(BigInteger usd, BigInteger krw) {
        BigInteger us = in.usPool().minor();
        BigInteger kr = in.krPool().minor();
        if (in.mode() == Mode.PER_COUNTRY) {
            return usd.compareTo(us) <= 0 && krw.compareTo(kr) <= 0;
        }
        return usd.compareTo(us) <= 0 && krw.compareTo(kr.add(exact(us.subtract(usd), Currency.USD, Currency.KRW).floor())) <= 0
                || krw.compareTo(kr) <= 0 && usd.compareTo(us.add(exact(kr.subtract(krw), Currency.KRW, Currency.USD).floor())) <= 0;
    }

    // ---------------------------------------------------------------- the certificate's lines

    /** The pool= lines and then the conversion= lines, in the order of "The certificate". */
    List<Expected> poolAndConversionLines() {
        List<Expected> out = new ArrayList<>();
        pools.forEach(p -> out.add(poolLine(p)));
        out.addAll(conversions);
        return out;
    }

    private Expected poolLine(Pool p) {
        return new Expected("pool=" + p.name + "|" + Amount.format(p.currency, p.amount) + "|"
                + Amount.format(p.currency, p.distributed) + "|" + Amount.format(p.currency, p.amount.subtract(p.distributed))
                + "|cap " + (p.cap == null ? "-" : Amount.format(p.currency, p.cap)) + "|floor " + Amount.format(p.currency, p.floor),
                "pool " + p.name, "R2-R4 give its amount, cap and floor, R7 case " + p.rCase + " what is distributed");
    }

    /** The share= line of claim c (its index in the inputs). */
    String shareLine(int c) {
        Claim claim = in.claims().get(c);
        return "share=" + claim.id() + "|" + claim.company() + "|" + claim.country() + "|" + claim.approved() + "|"
                + Amount.format(poolOf[c].currency, poolShare[c]) + "|" + Amount.format(claim.currency(), paid[c]) + "|"
                + quota[c] + "|" + poolShare[c].subtract(quota[c].floor()) + "|" + (capped[c] ? "capped" : "-") + "|"
                + (belowFloor[c] ? "below-floor" : "-");
    }

    /** The lines between [checks] and [end]. */
    List<Expected> checkLines() {
        List<Expected> out = new ArrayList<>();
        String rules = "\"The certificate\", [checks]";
        for (Pool p : pools) {
            String at = "|" + p.name + "|";
            out.add(new Expected("check=exact-sum" + at + "distributed " + Amount.format(p.currency, p.distributed) + " = sum of "
                    + p.members.size() + " pool shares; leftover " + Amount.format(p.currency, p.amount.subtract(p.distributed))
                    + " = pool - distributed >= 0", "the exact-sum check", rules + ", R7"));
            out.add(new Expected("check=bounds" + at + "0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved",
                    "the bounds check", rules));
            out.add(new Expected("check=cap" + at + (p.cap == null ? "no company cap" : "no company above " + Amount.format(p.currency, p.cap)),
                    "the cap check", rules + ", R4"));
            out.add(new Expected("check=floor" + at + (p.floor.signum() == 0 ? "no floor" : "every " + (claimUnits ? "claim" : "company")
                    + " gets 0, its whole limit or at least " + Amount.format(p.currency, p.floor)
                    + "; none is left out while the leftover" + (claimUnits ? " and its company's room under the cap" : "")
                    + " could pay its floor"), "the floor check", rules + ", R4"));
            out.add(new Expected("check=quota" + at + "every pool share is floor(quota) or floor(quota) + 1", "the quota check", rules));
        }
        BigInteger[] totals = {ZERO, ZERO};
        for (int c = 0; c < paid.length; c++) {
            totals[in.claims().get(c).currency().ordinal()] = totals[in.claims().get(c).currency().ordinal()].add(paid[c]);
        }
        out.add(new Expected("check=payable|all|paid " + Amount.format(Currency.USD, totals[0]) + " and "
                + Amount.format(Currency.KRW, totals[1]) + " out of " + in.usPool() + " and " + in.krPool()
                + (in.mode() == Mode.PER_COUNTRY ? ", each currency from its own pool" : ", with one conversion at the rate rounded down"),
                "the payable check", rules + ", R10, R12"));
        out.add(new Expected("check=order|all|shares ordered by claim id; result independent of input order", "the order check", rules));
        return out;
    }

    /** Why the rules give a share line's field, for a reader checking it by hand. */
    String why(int field, int c) {
        Pool p = poolOf[c];
        Company k = companyOf[c];
        String quotaOf = "its quota is " + quota[c] + " (R7 case " + p.rCase + (p.level == null ? "" : ", level λ = " + p.level) + ")";
        return switch (field) {
            case 0, 1, 2, 3 -> "a share line repeats its claim's input, line " + in.claims().get(c).line();
            case 4, 7 -> quotaOf + "; R9 gives company " + k.id + " " + Amount.format(p.currency, k.share) + " for its quota "
                    + k.quota + " (larger remainders first, then the smaller company id), and the claim floor(quota) + "
                    + poolShare[c].subtract(quota[c].floor()) + " within it (larger remainders first, then the smaller claim id)";
            case 5 -> "R10: its pool share " + Amount.format(p.currency, poolShare[c])
                    + (p.currency == in.claims().get(c).currency() ? " is paid as it is" : " converted DOWN at " + in.rate().name());
            case 6 -> quotaOf + (claimUnits ? (leftOut[c] ? "; left out by the cap (R6)" : "")
                    : "; R8: company " + k.id + "'s quota " + k.quota + " shared in proportion to the approved amounts in the pool");
            default -> "R11: " + (leftOut[c] ? "left out by the cap (R6)" : "company " + k.id + "'s quota is " + k.quota + ", the cap "
                    + (p.cap == null ? "none" : Amount.format(p.currency, p.cap)) + (p.rCase == 3 ? "; case 3 of R7" : ""));
        };
    }
}
