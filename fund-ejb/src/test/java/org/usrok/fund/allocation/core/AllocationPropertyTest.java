package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/**
 * The allocation invariants over generated rounds: small inputs (up to 14 claims of up to 7
 * companies, many ties), every method, basis, pool mode, cap, floor, both currencies and several
 * rates.
 */
class AllocationPropertyTest {

    private static final int TRIES = 10_000;

    @Property(tries = TRIES)
    void sharesAddUpExactlyToWhatIsDistributedAndTheLeftoverStays(@ForAll("requests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        for (PoolOutcome pool : result.pools()) {
            long sum = 0;
            BigInteger[] quotaSum = {BigInteger.ZERO, BigInteger.ONE};
            for (Share s : result.shares()) {
                if (poolOf(request, claim(request, s.claimId())).equals(pool.name())) {
                    sum += s.poolShare().minorUnits();
                    BigInteger[] q = quota(s.quota());
                    quotaSum = new BigInteger[] {quotaSum[0].multiply(q[1]).add(q[0].multiply(quotaSum[1])),
                            quotaSum[1].multiply(q[1])};
                }
            }
            assertThat(pool.distributed().minorUnits()).isEqualTo(sum);
            assertThat(pool.leftover()).isEqualTo(pool.pool().minus(pool.distributed()));
            assertThat(pool.leftover().isNegative()).isFalse();
            assertThat(quotaSum[0]).isEqualTo(quotaSum[1].multiply(BigInteger.valueOf(sum)));
        }
    }

    @Property(tries = TRIES)
    void nobodyGetsLessThanZeroOrMoreThanApproved(@ForAll("requests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        assertThat(result.shares()).hasSize(request.claims().size());
        for (Share s : result.shares()) {
            assertThat(s.share().isNegative()).isFalse();
            assertThat(s.poolShare().isNegative()).isFalse();
            assertThat(s.share()).isLessThanOrEqualTo(s.approved());
            assertThat(s.share().currency()).isEqualTo(s.country().currency());
            assertThat(s.poolShare()).isLessThanOrEqualTo(in(s.approved(), s.poolShare().currency(), request));
        }
        Statistics.label("mode").collect(request.mode());
        Statistics.label("a company capped").collect(result.shares().stream().anyMatch(Share::capped));
        Statistics.label("a unit below the floor").collect(result.shares().stream().anyMatch(Share::belowFloor));
        Statistics.label("a pool shared out in full").collect(result.pools().stream()
                .anyMatch(p -> p.leftover().isZero() && !p.distributed().isZero()));
    }

    @Property(tries = TRIES)
    void companyCapsAndTheFloorHold(@ForAll("requests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        for (PoolOutcome pool : result.pools()) {
            long percentBase = request.mode() == PoolMode.CONTRIBUTION_SHARE
                    ? (pool.name().equals("US") ? request.usPool() : request.krPool()).minorUnits()
                    : pool.pool().minorUnits();
            long cap = capMinor(request, pool, percentBase);
            long floor = floorMinor(request, pool.pool().currency());
            Map<Long, Long> totals = companyTotals(result, request, pool.name());
            totals.values().forEach(total -> assertThat(total).isLessThanOrEqualTo(cap));
            if (companyUnit(request)) {
                totals.values().forEach(total -> assertThat(total == 0 || total >= floor).isTrue());
            } else {
                result.shares().stream()
                        .filter(s -> poolOf(request, claim(request, s.claimId())).equals(pool.name()))
                        .forEach(s -> assertThat(s.poolShare().minorUnits() == 0
                                || s.poolShare().minorUnits() >= floor).isTrue());
            }
            result.shares().stream().filter(Share::belowFloor)
                    .forEach(s -> assertThat(s.poolShare().isZero()).isTrue());
        }
    }

    @Property(tries = TRIES)
    void theOrderOfTheClaimsDoesNotMatter(@ForAll("requests") AllocationRequest request, @ForAll long seed) {
        List<ClaimEntitlement> shuffled = new ArrayList<>(request.claims());
        Collections.shuffle(shuffled, new Random(seed));
        AllocationResult once = Allocator.allocate(request);
        AllocationResult again = Allocator.allocate(withClaims(request, shuffled));
        assertThat(again).isEqualTo(once);
        assertThat(again.certificate().digest()).isEqualTo(once.certificate().digest());
        assertThat(once.shares()).isSortedAccordingTo((a, b) -> Long.compare(a.claimId(), b.claimId()));
    }

    @Property(tries = TRIES)
    void anyClaimIdsNegativeOrHugeAreOrderedTheSame(@ForAll("requests") AllocationRequest request,
            @ForAll long offset, @ForAll long seed) {
        List<ClaimEntitlement> moved = new ArrayList<>();
        for (ClaimEntitlement c : request.claims()) {
            moved.add(new ClaimEntitlement(c.claimId() * 1_000_003L + offset, c.companyId(), c.country(), c.approved()));
        }
        AllocationRequest wide = withClaims(request, moved);
        Collections.shuffle(moved, new Random(seed));
        AllocationResult once = Allocator.allocate(wide);
        assertThat(Allocator.allocate(withClaims(request, moved))).isEqualTo(once);
        assertThat(once.shares()).isSortedAccordingTo((a, b) -> Long.compare(a.claimId(), b.claimId()));
        assertThat(CertificateVerifier.verify(once.certificate().text()).ok()).isTrue();
    }

    @Property(tries = TRIES)
    void evenSharesNotHeldByALimitDifferByAtMostOneMinorUnit(@ForAll("evenRequests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        for (PoolOutcome pool : result.pools()) {
            CurrencyCode cur = pool.pool().currency();
            Map<Long, long[]> units = new HashMap<>();
            for (Share s : result.shares()) {
                if (!poolOf(request, claim(request, s.claimId())).equals(pool.name()) || s.belowFloor() || s.capped()) {
                    continue;
                }
                long key = request.rules().evenBasis() == EvenBasis.COMPANY ? s.companyId() : -1 - s.claimId();
                long[] u = units.computeIfAbsent(key, k -> new long[2]);
                u[0] += s.poolShare().minorUnits();
                u[1] += in(s.approved(), cur, request).minorUnits();
            }
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long levelFloor = Long.MAX_VALUE;
            for (long[] u : units.values()) {
                if (u[0] < u[1]) {
                    min = Math.min(min, u[0]);
                    max = Math.max(max, u[0]);
                }
            }
            if (max >= min) {
                assertThat(max - min).isLessThanOrEqualTo(1);
                levelFloor = min;
                for (long[] u : units.values()) {
                    if (u[0] == u[1]) {
                        // held by its own approved amount: below the level everyone else reaches
                        assertThat(u[0]).isLessThanOrEqualTo(levelFloor + 1);
                    }
                }
            }
        }
    }

    @Property(tries = TRIES)
    void aLargerApprovedAmountNeverGetsASmallerProportionalShare(@ForAll("proportionalRequests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        for (PoolOutcome pool : result.pools()) {
            CurrencyCode cur = pool.pool().currency();
            Map<Long, Long> approved = new HashMap<>();
            for (ClaimEntitlement c : request.claims()) {
                if (poolOf(request, c).equals(pool.name())) {
                    approved.merge(c.companyId(), in(c.approved(), cur, request).minorUnits(), Long::sum);
                }
            }
            Map<Long, Long> totals = companyTotals(result, request, pool.name());
            for (Long a : totals.keySet()) {
                for (Long b : totals.keySet()) {
                    if (approved.get(a) > approved.get(b)) {
                        assertThat(totals.get(a)).isGreaterThanOrEqualTo(totals.get(b));
                    }
                }
            }
        }
    }

    @Property(tries = TRIES)
    void allocatingAgainGivesTheSame(@ForAll("requests") AllocationRequest request) {
        AllocationResult first = Allocator.allocate(request);
        AllocationResult second = Allocator.allocate(request);
        assertThat(second).isEqualTo(first);
        assertThat(second.certificate().text()).isEqualTo(first.certificate().text());
    }

    @Property(tries = TRIES)
    void eachShareIsItsQuotaRoundedDownOrUpByOneMinorUnit(@ForAll("requests") AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        for (Share s : result.shares()) {
            BigInteger[] q = quota(s.quota());
            assertThat(q[0].gcd(q[1])).isEqualTo(q[0].signum() == 0 ? q[1] : BigInteger.ONE);
            BigInteger floor = q[0].divide(q[1]);
            long adjustment = s.poolShare().minorUnits() - floor.longValueExact();
            assertThat(adjustment).isEqualTo(s.roundingAdjustmentMinor()).isBetween(0L, 1L);
            if (s.belowFloor()) {
                assertThat(q[0].signum()).isZero();
            }
        }
    }

    @Property(tries = TRIES)
    void theCertificateVerifiesAndItsDigestsAreTheTextsHashes(@ForAll("requests") AllocationRequest request) {
        AllocationCertificate cert = Allocator.allocate(request).certificate();
        assertThat(CertificateVerifier.verify(cert.text())).isEqualTo(new Verification(true, List.of()));
        assertThat(cert.digest()).isEqualTo(Certificate.sha256(cert.text()));
        String inputs = cert.text().substring(cert.text().indexOf("[inputs]"), cert.text().indexOf("[outputs]"));
        assertThat(cert.inputsDigest()).isEqualTo(Certificate.sha256(inputs));
    }

    @Property(tries = TRIES)
    void aChangedShareIsFoundAtItsLine(@ForAll("requests") AllocationRequest request, @ForAll long seed) {
        AllocationResult result = Allocator.allocate(request);
        if (result.shares().isEmpty()) {
            return;
        }
        String[] lines = result.certificate().text().split("\n", -1);
        List<Integer> shareLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("share=")) {
                shareLines.add(i);
            }
        }
        int at = shareLines.get(new Random(seed).nextInt(shareLines.size()));
        String[] f = lines[at].split("\\|");
        Money pool = Money.of(f[4].split(" ")[1], CurrencyCode.valueOf(f[4].split(" ")[0]));
        f[4] = pool.plus(Money.ofMinor(1, pool.currency())).toString();
        lines[at] = String.join("|", f);
        Verification v = CertificateVerifier.verify(String.join("\n", lines));
        assertThat(v.ok()).isFalse();
        assertThat(v.problems().get(0)).startsWith("line " + (at + 1) + ":");
    }

    @Provide
    Arbitrary<AllocationRequest> requests() {
        return requests(Arbitraries.of(AllocationMethod.class));
    }

    @Provide
    Arbitrary<AllocationRequest> evenRequests() {
        return requests(Arbitraries.just(AllocationMethod.EVEN));
    }

    @Provide
    Arbitrary<AllocationRequest> proportionalRequests() {
        return requests(Arbitraries.just(AllocationMethod.PROPORTIONAL));
    }

    private Arbitrary<AllocationRequest> requests(Arbitrary<AllocationMethod> methods) {
        Arbitrary<Money> cap = money(1, 80_000, 1, 900_000).injectNull(0.4);
        Arbitrary<BigDecimal> percent = Arbitraries.integers().between(1, 1000).map(i -> BigDecimal.valueOf(i, 1))
                .injectNull(0.6);
        Arbitrary<Money> floor = money(1, 8_000, 1, 90_000).injectNull(0.5);
        Arbitrary<AllocationRules> rules = Combinators.combine(methods, Arbitraries.of(EvenBasis.class), cap, percent, floor)
                .as(AllocationRules::new);
        Arbitrary<NamedRate> rate = Arbitraries.of(ECOS,
                new NamedRate("exchange-rate:3 KRW/USD 0.00072", new ExchangeRate(CurrencyCode.KRW, CurrencyCode.USD,
                        new BigDecimal("0.00072"))),
                new NamedRate("exchange-rate:9 USD/KRW 1300", new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW,
                        new BigDecimal("1300"))));
        Arbitrary<Money> usPool = amounts(100_000).map(v -> Money.ofMinor(v, CurrencyCode.USD));
        Arbitrary<Money> krPool = amounts(1_200_000).map(v -> Money.ofMinor(v, CurrencyCode.KRW));
        Arbitrary<List<ClaimEntitlement>> claims = Combinators.combine(Arbitraries.longs().between(1, 400),
                        Arbitraries.longs().between(1, 7), amounts(900_000))
                .as((id, company, amount) -> company % 2 == 1
                        ? new ClaimEntitlement(id, company, CountryCode.US, Money.ofMinor(amount % 70_001, CurrencyCode.USD))
                        : new ClaimEntitlement(id, company, CountryCode.KR, Money.ofMinor(amount, CurrencyCode.KRW)))
                .list().ofMaxSize(14).uniqueElements(ClaimEntitlement::claimId);
        return Combinators.combine(Arbitraries.of(PoolMode.class), usPool, krPool, Arbitraries.of(CurrencyCode.class), rate,
                rules, claims).as(AllocationRequest::new);
    }

    /** Amounts with many ties and edge values among the random ones. */
    private static Arbitrary<Long> amounts(long max) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, max)),
                Tuple.of(3, Arbitraries.of(0L, 1L, 2L, 3L, 100L, 1_000L, 10_000L, max / 3, max)));
    }

    private static Arbitrary<Money> money(long usdMin, long usdMax, long krwMin, long krwMax) {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(usdMin, usdMax).map(v -> Money.ofMinor(v, CurrencyCode.USD)),
                Arbitraries.longs().between(krwMin, krwMax).map(v -> Money.ofMinor(v, CurrencyCode.KRW)));
    }
}
