package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.verifier.Verification;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.GeneratedCases;
import org.usrok.fund.shared.Money;

/**
 * The properties of docs/allocation.md over generated rounds: small inputs (up to 14 claims of up
 * to 7 companies, many ties and edge amounts), every method, basis, pool mode, cap, floor, both
 * currencies and three rates. Each property is checked on {@link GeneratedCases#tries()} generated
 * cases (1,000 by default; the {@code postgres} build, which CI runs, uses 10,000), each from its
 * own seed, which a failure names.
 */
class AllocationPropertyTest {

    @Test
    void sharesAddUpExactlyToWhatIsDistributedAndTheLeftoverStays() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            for (PoolOutcome pool : result.pools()) {
                long sum = 0;
                BigInteger[] quotaSum = {BigInteger.ZERO, BigInteger.ONE};
                for (Share s : sharesOf(result, request, pool)) {
                    sum += s.poolShare().minorUnits();
                    BigInteger[] q = quota(s.quota());
                    quotaSum = new BigInteger[] {quotaSum[0].multiply(q[1]).add(q[0].multiply(quotaSum[1])),
                            quotaSum[1].multiply(q[1])};
                }
                assertThat(pool.distributed().minorUnits()).isEqualTo(sum);
                assertThat(pool.leftover()).isEqualTo(pool.pool().minus(pool.distributed()));
                assertThat(pool.leftover().isNegative()).isFalse();
                assertThat(quotaSum[0]).isEqualTo(quotaSum[1].multiply(BigInteger.valueOf(sum)));
            }
        });
    }

    @Test
    void nobodyGetsLessThanZeroOrMoreThanApproved() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            assertThat(result.shares()).hasSize(request.claims().size());
            for (Share s : result.shares()) {
                assertThat(s.share().isNegative()).isFalse();
                assertThat(s.poolShare().isNegative()).isFalse();
                assertThat(s.share()).isLessThanOrEqualTo(s.approved());
                assertThat(s.share().currency()).isEqualTo(s.country().currency());
                assertThat(s.poolShare()).isLessThanOrEqualTo(in(s.approved(), s.poolShare().currency(), request));
            }
        });
    }

    /** No company above the cap; every unit gets 0, its whole limit or at least the floor. */
    @Test
    void companyCapsAndFloorsHold() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            for (PoolOutcome pool : result.pools()) {
                long cap = capMinor(request, pool);
                long floor = floorMinor(request, pool);
                Map<Long, Long> totals = companyTotals(result, request, pool.name());
                totals.values().forEach(total -> assertThat(total).isLessThanOrEqualTo(cap));
                for (Map.Entry<Long, long[]> unit : units(result, request, pool).entrySet()) {
                    long share = unit.getValue()[0];
                    long limit = Math.min(unit.getValue()[1], companyUnit(request) ? cap : Long.MAX_VALUE);
                    assertThat(share == 0 || share >= Math.min(floor, limit)).as("unit %s", unit.getKey()).isTrue();
                }
                sharesOf(result, request, pool).stream().filter(Share::belowFloor)
                        .forEach(s -> assertThat(s.poolShare().isZero()).isTrue());
            }
        });
    }

    /** R12: what is paid in each currency can be paid from the contributions, converting DOWN once. */
    @Test
    void theFundCanPayEveryShareItPromises() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            Money paidUsd = Money.zero(CurrencyCode.USD);
            Money paidKrw = Money.zero(CurrencyCode.KRW);
            for (Share s : result.shares()) {
                if (s.share().currency() == CurrencyCode.USD) {
                    paidUsd = paidUsd.plus(s.share());
                } else {
                    paidKrw = paidKrw.plus(s.share());
                }
            }
            Money us = request.usPool();
            Money kr = request.krPool();
            boolean own = paidUsd.compareTo(us) <= 0 && paidKrw.compareTo(kr) <= 0;
            if (request.mode() == PoolMode.PER_COUNTRY) {
                assertThat(own).isTrue();
                return;
            }
            ExchangeRate rate = request.rate().rate();
            boolean usToKr = paidUsd.compareTo(us) <= 0
                    && paidKrw.compareTo(kr.plus(rate.convert(us.minus(paidUsd), RoundingMode.DOWN))) <= 0;
            boolean krToUs = paidKrw.compareTo(kr) <= 0
                    && paidUsd.compareTo(us.plus(rate.convert(kr.minus(paidKrw), RoundingMode.DOWN))) <= 0;
            assertThat(own || usToKr || krToUs).isTrue();
        });
    }

    /** A unit gets 0 (its limit above 0) only when its floor is above the leftover, or above what the cap leaves its company. */
    @Test
    void nothingIsDroppedWhileTheMoneyLeftCouldPayIt() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            for (PoolOutcome pool : result.pools()) {
                long cap = capMinor(request, pool);
                long floor = floorMinor(request, pool);
                long leftover = pool.leftover().minorUnits();
                Map<Long, Long> totals = companyTotals(result, request, pool.name());
                for (Share s : sharesOf(result, request, pool)) {
                    if (!s.belowFloor()) {
                        continue;
                    }
                    long approved = in(s.approved(), pool.pool().currency(), request).minorUnits();
                    long limit = companyUnit(request) ? Math.min(companyApproved(request, pool, s.companyId()), cap) : approved;
                    long unitFloor = Math.min(floor, limit);
                    long capRoom = cap == Long.MAX_VALUE ? Long.MAX_VALUE : cap - totals.get(s.companyId());
                    assertThat(limit).isPositive();
                    assertThat(unitFloor > leftover || !companyUnit(request) && unitFloor > capRoom)
                            .as("claim %d: floor %d, leftover %d, cap room %d", s.claimId(), unitFloor, leftover, capRoom).isTrue();
                }
            }
        });
    }

    @Test
    void moreMoneyNeverLowersAnExactQuota() {
        check(requests, (request, random) -> {
            long moreUs = random.nextInt(50_001);
            long moreKr = random.nextInt(700_001);
            AllocationRequest richer = new AllocationRequest(request.mode(),
                    request.usPool().plus(Money.ofMinor(moreUs, CurrencyCode.USD)),
                    request.krPool().plus(Money.ofMinor(moreKr, CurrencyCode.KRW)), request.poolCurrency(), request.rate(),
                    request.rules(), request.claims());
            assume(!evenPerClaimWithPercentCapAndFloor(request));
            AllocationResult richerResult = allocatedOrNull(richer);
            assume(richerResult != null);
            List<Share> before = Allocator.allocate(request).shares();
            List<Share> after = richerResult.shares();
            for (int i = 0; i < before.size(); i++) {
                assertThat(compare(after.get(i).quota(), before.get(i).quota())).as("claim %d", before.get(i).claimId())
                        .isGreaterThanOrEqualTo(0);
                assertThat(after.get(i).poolShare().minorUnits())
                        .isGreaterThanOrEqualTo(before.get(i).poolShare().minorUnits() - 1);
            }
        });
    }

    /**
     * Raising one's own approved amount never lowers one's exact quota, nor the pool share by more
     * than one minor unit, where every floor fits (docs/allocation.md, Properties, and example 15).
     */
    @Test
    void raisingOnesOwnClaimNeverLowersItsQuota() {
        check(requests, (request, random) -> {
            long seed = random.nextLong();
            long more = 1 + random.nextInt(90_000);
            assume(!request.claims().isEmpty());
            int at = new Random(seed).nextInt(request.claims().size());
            ClaimEntitlement claim = request.claims().get(at);
            List<ClaimEntitlement> raised = new ArrayList<>(request.claims());
            raised.set(at, new ClaimEntitlement(claim.claimId(), claim.companyId(), claim.country(),
                    claim.approved().plus(Money.ofMinor(more, claim.approved().currency()))));
            AllocationResult before = Allocator.allocate(request);
            AllocationResult after = Allocator.allocate(withClaims(request, raised));
            boolean floorsFit = before.shares().stream().noneMatch(Share::belowFloor)
                    && after.shares().stream().noneMatch(Share::belowFloor);
                        assume(floorsFit);
            Share was = shareOf(before, claim.claimId());
            Share is = shareOf(after, claim.claimId());
            assertThat(compare(is.quota(), was.quota())).isGreaterThanOrEqualTo(0);
            assertThat(is.poolShare().minorUnits()).isGreaterThanOrEqualTo(was.poolShare().minorUnits() - 1);
        });
    }

    @Test
    void theOrderOfTheClaimsDoesNotMatter() {
        check(requests, (request, random) -> {
            long seed = random.nextLong();
            List<ClaimEntitlement> shuffled = new ArrayList<>(request.claims());
            Collections.shuffle(shuffled, new Random(seed));
            AllocationResult once = Allocator.allocate(request);
            AllocationResult again = Allocator.allocate(withClaims(request, shuffled));
            assertThat(again).isEqualTo(once);
            assertThat(again.certificate().digest()).isEqualTo(once.certificate().digest());
            assertThat(once.shares()).isSortedAccordingTo((a, b) -> Long.compare(a.claimId(), b.claimId()));
        });
    }

    @Test
    void anyIdsNegativeOrHugeAreOrderedTheSame() {
        check(requests, (request, random) -> {
            long seed = random.nextLong();
            long offset = random.nextLong();
            List<ClaimEntitlement> moved = new ArrayList<>();
            for (ClaimEntitlement c : request.claims()) {
                moved.add(new ClaimEntitlement(c.claimId() * 1_000_003L + offset, c.companyId() * 999_983L - offset,
                        c.country(), c.approved()));
            }
            AllocationRequest wide = withClaims(request, moved);
            Collections.shuffle(moved, new Random(seed));
            AllocationResult once = Allocator.allocate(wide);
            assertThat(Allocator.allocate(withClaims(request, moved))).isEqualTo(once);
            assertThat(once.shares()).isSortedAccordingTo((a, b) -> Long.compare(a.claimId(), b.claimId()));
            assertThat(CertificateVerifier.verify(once.certificate().text()).problems()).isEmpty();
        });
    }

    /** Under EVEN, units held by neither their limit, their floor nor the cap differ by at most one minor unit. */
    @Test
    void evenSharesNotHeldByALimitDifferByAtMostOneMinorUnit() {
        check(evenRequests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            for (PoolOutcome pool : result.pools()) {
                long floor = floorMinor(request, pool);
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (Map.Entry<Long, long[]> unit : units(result, request, pool).entrySet()) {
                    long share = unit.getValue()[0];
                    boolean held = unit.getValue()[2] > 0 || share >= unit.getValue()[1] || share <= floor;
                    if (!held) {
                        min = Math.min(min, share);
                        max = Math.max(max, share);
                    }
                }
                if (max >= min) {
                    assertThat(max - min).isLessThanOrEqualTo(1);
                }
            }
        });
    }

    /** PROPORTIONAL: a larger approved amount never gets a smaller share, where every floor fits. */
    @Test
    void aLargerApprovedAmountNeverGetsASmallerProportionalShare() {
        check(proportionalRequests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            assume(result.shares().stream().noneMatch(Share::belowFloor));
            for (PoolOutcome pool : result.pools()) {
                Map<Long, long[]> units = units(result, request, pool);
                for (long[] a : units.values()) {
                    for (long[] b : units.values()) {
                        if (a[1] > b[1]) {
                            assertThat(a[0]).isGreaterThanOrEqualTo(b[0]);
                        }
                    }
                }
            }
        });
    }

    @Test
    void allocatingAgainGivesTheSame() {
        check(requests, (request, random) -> {
            AllocationResult first = Allocator.allocate(request);
            AllocationResult second = Allocator.allocate(request);
            assertThat(second).isEqualTo(first);
            assertThat(second.certificate().text()).isEqualTo(first.certificate().text());
        });
    }

    @Test
    void eachShareIsItsQuotaRoundedDownOrUpByOneMinorUnit() {
        check(requests, (request, random) -> {
            AllocationResult result = Allocator.allocate(request);
            for (Share s : result.shares()) {
                BigInteger[] q = quota(s.quota());
                assertThat(q[0].gcd(q[1])).isEqualTo(q[0].signum() == 0 ? q[1] : BigInteger.ONE);
                long floor = q[0].divide(q[1]).longValueExact();
                long adjustment = s.poolShare().minorUnits() - floor;
                assertThat(adjustment).isEqualTo(s.roundingAdjustmentMinor()).isBetween(0L, 1L);
                if (s.belowFloor()) {
                    assertThat(q[0].signum()).isZero();
                }
            }
        });
    }

    @Test
    void theCertificateVerifiesAndItsDigestsAreTheTextsHashes() {
        check(requests, (request, random) -> {
            AllocationCertificate cert = Allocator.allocate(request).certificate();
            assertThat(CertificateVerifier.verify(cert.text())).isEqualTo(new Verification(true, List.of()));
            assertThat(cert.digest()).isEqualTo(sha256(cert.text()));
            String inputs = cert.text().substring(cert.text().indexOf("[inputs]"), cert.text().indexOf("[outputs]"));
            assertThat(cert.inputsDigest()).isEqualTo(sha256(inputs));
        });
    }

    /** Every share line, with its pool share or its share paid one minor unit up or down, fails to verify. */
    @Test
    void theVerifierRejectsEverySingleUnitChangeOfAnyShare() {
        check(requests, (request, random) -> {
            String[] lines = Allocator.allocate(request).certificate().text().split("\n", -1);
            for (int at = 0; at < lines.length; at++) {
                if (!lines[at].startsWith("share=")) {
                    continue;
                }
                String[] f = lines[at].split("\\|", -1);
                int field = random.nextBoolean() ? 4 : 5;
                String[] money = f[field].split(" ");
                Money amount = Money.of(money[1], CurrencyCode.valueOf(money[0]));
                Money one = Money.ofMinor(1, amount.currency());
                f[field] = (amount.isZero() || random.nextBoolean() ? amount.plus(one) : amount.minus(one)).toString();
                String[] tampered = lines.clone();
                tampered[at] = String.join("|", f);
                Verification v = CertificateVerifier.verify(String.join("\n", tampered));
                assertThat(v.ok()).as("changed %s", tampered[at]).isFalse();
            }
        });
    }

    /**
     * A deliberately broken allocator that moves one minor unit from a claim that rounded up to one
     * that rounded down, in the same pool and currency, rewriting both lines consistently (pool
     * share, share paid and adjustment, so every sum and every floor/floor + 1 still holds): only the
     * largest-remainder order or its tie-break is wrong, and the verifier rejects it.
     */
    @Test
    void aBrokenAllocatorsWrongLargestRemainderOrderIsRejected() {
        check(requests, (request, random) -> {
            String[] lines = Allocator.allocate(request).certificate().text().split("\n", -1);
            List<Integer> up = new ArrayList<>();
            List<Integer> down = new ArrayList<>();
            for (int at = 0; at < lines.length; at++) {
                String[] f = lines[at].split("\\|", -1);
                if (!lines[at].startsWith("share=") || !f[4].split(" ")[0].equals(f[5].split(" ")[0])) {
                    continue;
                }
                BigInteger[] q = quota(f[6]);
                if (q[0].mod(q[1]).signum() != 0) {
                    (f[7].equals("1") ? up : down).add(at);
                }
            }
            assume(!up.isEmpty() && !down.isEmpty());
            int from = up.get(random.nextInt(up.size()));
            int to = down.get(random.nextInt(down.size()));
            String[] broken = lines.clone();
            broken[from] = moved(lines[from], -1);
            broken[to] = moved(lines[to], 1);
            Verification v = CertificateVerifier.verify(String.join("\n", broken));
            assertThat(v.ok()).as("moved a unit from line %d to line %d", from + 1, to + 1).isFalse();
        });
    }

    /** A share line with its pool share, share paid and adjustment moved by one minor unit. */
    private static String moved(String line, int units) {
        String[] f = line.split("\\|", -1);
        for (int field : new int[] {4, 5}) {
            String[] money = f[field].split(" ");
            Money amount = Money.of(money[1], CurrencyCode.valueOf(money[0]));
            f[field] = amount.plus(Money.ofMinor(units, amount.currency())).toString();
        }
        f[7] = Long.toString(Long.parseLong(f[7]) + units);
        return String.join("|", f);
    }

    /** SHA-256 hex of a text's UTF-8 bytes, by the JDK directly (not the certificate writer's own). */
    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Generates one request from a random source. */
    private interface Generator {
        AllocationRequest next(Random random);
    }

    private final Generator requests = random -> request(random, AllocationMethod.values()[random.nextInt(2)]);
    private final Generator evenRequests = random -> request(random, AllocationMethod.EVEN);
    private final Generator proportionalRequests = random -> request(random, AllocationMethod.PROPORTIONAL);

    private static final long BASE_SEED = 20261206L;

    /** A case that does not meet a property's precondition is skipped. */
    private static final class Skipped extends RuntimeException {
        Skipped() {
            super(null, null, false, false);
        }
    }

    private static void assume(boolean condition) {
        if (!condition) {
            throw new Skipped();
        }
    }

    /**
     * Checks a property on {@code fund.property.tries} generated requests that the rules accept,
     * each from seed BASE_SEED + i; a failure names the seed and the request. At least a quarter of
     * the cases must meet the property's precondition, so a property cannot pass by skipping.
     */
    private static void check(Generator generator, BiConsumer<AllocationRequest, Random> property) {
        int tries = GeneratedCases.tries();
        int checked = 0;
        for (int i = 0; i < tries; i++) {
            Random random = GeneratedCases.random(BASE_SEED + i);
            AllocationRequest request = generator.next(random);
            while (allocatedOrNull(request) == null) {
                request = generator.next(random);
            }
            try {
                property.accept(request, random);
                checked++;
            } catch (Skipped skipped) {
                // the precondition does not hold for this case
            } catch (AssertionError e) {
                throw new AssertionError("case seed " + (BASE_SEED + i) + ", request " + request + ": " + e.getMessage(), e);
            }
        }
        assertThat(checked).as("cases meeting the precondition").isGreaterThanOrEqualTo(tries / 4);
    }

    private static AllocationRequest request(Random random, AllocationMethod method) {
        Money cap = random.nextInt(10) < 4 ? null : money(random, 1, 80_000, 1, 90_000_000);
        BigDecimal percent = random.nextInt(10) < 6 ? null : BigDecimal.valueOf(1 + random.nextInt(1000), 1);
        Money floor = random.nextInt(10) < 4 ? null : money(random, 1, 8_000, 1, 9_000_000);
        AllocationRules rules = new AllocationRules(method, EvenBasis.values()[random.nextInt(2)], cap, percent, floor);
        NamedRate rate = List.of(ECOS,
                new NamedRate("exchange-rate:3 KRW/USD 0.00072", new ExchangeRate(CurrencyCode.KRW, CurrencyCode.USD,
                        new BigDecimal("0.00072"))),
                new NamedRate("exchange-rate:9 USD/KRW 1300", new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW,
                        new BigDecimal("1300")))).get(random.nextInt(3));
        Money usPool = Money.ofMinor(amount(random, 100_000), CurrencyCode.USD);
        Money krPool = Money.ofMinor(amount(random, 120_000_000), CurrencyCode.KRW);
        int count = random.nextInt(15);
        List<ClaimEntitlement> claims = new ArrayList<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        while (claims.size() < count) {
            long id = 1 + random.nextInt(400);
            long company = 1 + random.nextInt(7);
            long amount = amount(random, 90_000_000);
            if (ids.add(id)) {
                claims.add(company % 2 == 1
                        ? new ClaimEntitlement(id, company, CountryCode.US, Money.ofMinor(amount % 70_001, CurrencyCode.USD))
                        : new ClaimEntitlement(id, company, CountryCode.KR, Money.ofMinor(amount, CurrencyCode.KRW)));
            }
        }
        return new AllocationRequest(PoolMode.values()[random.nextInt(3)], usPool, krPool,
                CurrencyCode.values()[random.nextInt(2)], rate, rules, claims);
    }

    /** Amounts with many ties and edge values among the random ones. */
    private static long amount(Random random, long max) {
        long[] edges = {0L, 1L, 2L, 3L, 13L, 100L, 1_000L, 10_000L, max / 3, max};
        return random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong(max + 1);
    }

    private static Money money(Random random, long usdMin, long usdMax, long krwMin, long krwMax) {
        return random.nextBoolean()
                ? Money.ofMinor(usdMin + random.nextLong(usdMax - usdMin + 1), CurrencyCode.USD)
                : Money.ofMinor(krwMin + random.nextLong(krwMax - krwMin + 1), CurrencyCode.KRW);
    }

    /**
     * EVEN / CLAIM with a cap in percent of the pool and a floor: more money raises the cap, which
     * can admit one more claim of a company and re-split its cap (the exception in docs/allocation.md).
     */
    private static boolean evenPerClaimWithPercentCapAndFloor(AllocationRequest request) {
        AllocationRules rules = request.rules();
        return !companyUnit(request) && rules.capPercentOfPool() != null && rules.floor() != null;
    }

    /** The result, or null when the rules refuse the request (a cap below the floor). */
    private static AllocationResult allocatedOrNull(AllocationRequest request) {
        try {
            return Allocator.allocate(request);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    /** a/b compared with c/d, quotas as written. */
    private static int compare(String left, String right) {
        BigInteger[] a = quota(left);
        BigInteger[] b = quota(right);
        return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
    }

    private static Share shareOf(AllocationResult result, long claimId) {
        return result.shares().stream().filter(s -> s.claimId() == claimId).findFirst().orElseThrow();
    }

    private static List<Share> sharesOf(AllocationResult result, AllocationRequest request, PoolOutcome pool) {
        return result.shares().stream().filter(s -> poolOf(request, claim(request, s.claimId())).equals(pool.name())).toList();
    }

    /** Per unit of a pool: {share, approved in the pool, 1 when capped}; a unit is a company, or a claim for EVEN / CLAIM. */
    private static Map<Long, long[]> units(AllocationResult result, AllocationRequest request, PoolOutcome pool) {
        Map<Long, long[]> units = new HashMap<>();
        for (Share s : sharesOf(result, request, pool)) {
            long key = companyUnit(request) ? s.companyId() : -1 - s.claimId();
            long[] u = units.computeIfAbsent(key, k -> new long[3]);
            u[0] += s.poolShare().minorUnits();
            u[1] += in(s.approved(), pool.pool().currency(), request).minorUnits();
            u[2] += s.capped() ? 1 : 0;
        }
        return units;
    }

    private static long companyApproved(AllocationRequest request, PoolOutcome pool, long companyId) {
        return request.claims().stream().filter(c -> c.companyId() == companyId)
                .mapToLong(c -> in(c.approved(), pool.pool().currency(), request).minorUnits()).sum();
    }
}
