package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/**
 * Rounds large enough for the allocator to use two cores: the result and certificate are the same
 * as when it runs all in one thread, whatever the input order, and the certificate verifies.
 */
class LargeAllocationTest {

    private static final NamedRate RATE = new NamedRate("exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20",
            new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20")));

    private static AllocationRequest request(PoolMode mode, AllocationRules rules, long idStep, long seed) {
        Random random = new Random(seed);
        int n = Allocator.PARALLEL_FROM * 2 + 7;
        List<ClaimEntitlement> claims = new ArrayList<>(n);
        long usTotal = 0;
        long krTotal = 0;
        for (int i = 0; i < n; i++) {
            long company = random.nextInt(n / 4) + 1;
            long id = 1 + i * idStep;
            if (company % 2 == 1) {
                long cents = 100_00 + random.nextInt(50_000_00);
                usTotal += cents;
                claims.add(new ClaimEntitlement(id, company, CountryCode.US, Money.ofMinor(cents, CurrencyCode.USD)));
            } else {
                long won = 100_000 + random.nextInt(70_000_000);
                krTotal += won;
                claims.add(new ClaimEntitlement(id, company * 1_000_003L, CountryCode.KR, Money.ofMinor(won, CurrencyCode.KRW)));
            }
        }
        Collections.shuffle(claims, random);
        return new AllocationRequest(mode, Money.ofMinor(usTotal / 7, CurrencyCode.USD),
                Money.ofMinor(krTotal / 9, CurrencyCode.KRW), CurrencyCode.KRW, RATE, rules, claims);
    }

    private static AllocationRules rules(PoolMode mode) {
        return switch (mode) {
            case PER_COUNTRY -> new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, Money.of("90000.00", CurrencyCode.USD),
                    null, Money.of("100.00", CurrencyCode.USD));
            case POOLED -> new AllocationRules(AllocationMethod.PROPORTIONAL, null, Money.of("100000000", CurrencyCode.KRW),
                    new BigDecimal("0.05"), Money.of("300000", CurrencyCode.KRW));
            case CONTRIBUTION_SHARE -> new AllocationRules(AllocationMethod.EVEN, EvenBasis.COMPANY, null,
                    new BigDecimal("1"), Money.of("2000.00", CurrencyCode.USD));
        };
    }

    @ParameterizedTest
    @EnumSource(PoolMode.class)
    void twoCoresGiveWhatOneGives(PoolMode mode) {
        // dense ids (read through a table) and sparse ones (sorted)
        for (long idStep : new long[] {1, 1_000_000_007L}) {
            AllocationRequest request = request(mode, rules(mode), idStep, 20261129L + idStep);
            AllocationResult one = Allocator.allocate(request, false);
            AllocationResult two = Allocator.allocate(request, true);
            assertThat(two).isEqualTo(one);
            assertThat(two.certificate().text()).isEqualTo(one.certificate().text());
            assertThat(two.certificate().digest()).isEqualTo(Certificate.sha256(two.certificate().text()));
            assertThat(two.shares()).hasSize(request.claims().size());
            assertThat(two.shares().stream().anyMatch(s -> s.roundingAdjustmentMinor() == 1)).isTrue();
            assertThat(CertificateVerifier.verify(two.certificate().text()).ok()).isTrue();
        }
    }

    /**
     * Equal remainders under a denominator too large to sort beside the index (PROPORTIONAL, tens
     * of thousands of equal companies, a total approved above 2^47): the extra minor units go to
     * the smallest company ids, exactly as the tie-break says.
     */
    @org.junit.jupiter.api.Test
    void equalRemaindersOfManyCompaniesGoToTheSmallestIds() {
        int companies = 40_000;
        List<ClaimEntitlement> claims = new ArrayList<>();
        for (int k = 0; k < companies; k++) {
            claims.add(new ClaimEntitlement(k + 1, 10_000 + k, CountryCode.US, Money.ofMinor(5_000_000_007L, CurrencyCode.USD)));
        }
        Collections.shuffle(claims, new Random(7));
        long pool = 3L * 5_000_000_007L * companies / 7 + 12_345;
        AllocationResult result = Allocator.allocate(new AllocationRequest(PoolMode.PER_COUNTRY,
                Money.ofMinor(pool, CurrencyCode.USD), Money.ofMinor(0, CurrencyCode.KRW), null, null,
                new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, null, null), claims));
        long each = pool / companies;
        long extra = pool % companies;
        for (int k = 0; k < companies; k++) {
            Share share = result.shares().get(k);
            assertThat(share.companyId()).isEqualTo(10_000 + k);
            assertThat(share.poolShare().minorUnits()).as("company %d", share.companyId()).isEqualTo(k < extra ? each + 1 : each);
        }
        assertThat(CertificateVerifier.verify(result.certificate().text()).ok()).isTrue();
    }
}
