package org.usrok.fund.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationResult;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.NamedRate;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/**
 * Allocating 100,000 and 1,000,000 claims (a fifth as many companies, both countries, shuffled, oversubscribed ten
 * times), certificate included. Each call is one full {@link Allocator#allocate}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// the heap is touched once at start: on this VM, first touches of fresh heap pages inside the
// measured calls cost page faults (system time) that grew iteration by iteration
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AllocatorBenchmark {

    private static final NamedRate RATE = new NamedRate("exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20",
            new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20")));

    @Param({"100000", "1000000"})
    public int claims;

    private List<ClaimEntitlement> entitlements;
    private Money usPool;
    private Money krPool;

    @Setup
    public void setUp() {
        Random random = new Random(20261120L);
        entitlements = new ArrayList<>(claims);
        long usTotal = 0;
        long krTotal = 0;
        for (int i = 0; i < claims; i++) {
            long company = random.nextInt(claims / 5) + 1;
            if (company % 2 == 1) {
                long cents = 1_000_00 + random.nextInt(500_000_00);
                usTotal += cents;
                entitlements.add(new ClaimEntitlement(i + 1, company, CountryCode.US, Money.ofMinor(cents, CurrencyCode.USD)));
            } else {
                long won = 1_000_000 + random.nextInt(700_000_000);
                krTotal += won;
                entitlements.add(new ClaimEntitlement(i + 1, company, CountryCode.KR, Money.ofMinor(won, CurrencyCode.KRW)));
            }
        }
        Collections.shuffle(entitlements, random);
        usPool = Money.ofMinor(usTotal / 10, CurrencyCode.USD);
        krPool = Money.ofMinor(krTotal / 10, CurrencyCode.KRW);
    }

    private AllocationResult run(PoolMode mode, AllocationRules rules) {
        return Allocator.allocate(new AllocationRequest(mode, usPool, krPool, CurrencyCode.USD, RATE, rules, entitlements));
    }

    @Benchmark
    public AllocationResult proportionalPerCountry() {
        return run(PoolMode.PER_COUNTRY, new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, null, null));
    }

    @Benchmark
    public AllocationResult proportionalPooledCapAndFloor() {
        return run(PoolMode.POOLED, new AllocationRules(AllocationMethod.PROPORTIONAL, null,
                Money.of("200000.00", CurrencyCode.USD), new BigDecimal("0.01"), Money.of("5000.00", CurrencyCode.USD)));
    }

    @Benchmark
    public AllocationResult evenPerClaimWithCompanyCap() {
        return run(PoolMode.PER_COUNTRY, new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM,
                Money.of("150000.00", CurrencyCode.USD), null, null));
    }

    @Benchmark
    public AllocationResult evenPerCompanyContributionShareFloor() {
        return run(PoolMode.CONTRIBUTION_SHARE, new AllocationRules(AllocationMethod.EVEN, EvenBasis.COMPANY, null, null,
                Money.of("60000.00", CurrencyCode.USD)));
    }
}
