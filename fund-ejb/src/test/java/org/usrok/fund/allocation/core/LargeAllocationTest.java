package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/**
 * Rounds of tens of thousands of claims, as a large round of the fund has, in every pool mode with
 * caps and floors: the certificate verifies, the input order does not matter, and equal remainders
 * of many companies go to the smallest ids.
 */
class LargeAllocationTest {

    private static final NamedRate RATE = new NamedRate("exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20",
            new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20")));

    private static List<ClaimEntitlement> claims(int n, long idStep, Random random) {
        List<ClaimEntitlement> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long company = random.nextInt(n / 4) + 1;
            long id = 1 + i * idStep;
            if (company % 2 == 1) {
                claims.add(new ClaimEntitlement(id, company, CountryCode.US,
                        Money.ofMinor(100_00 + random.nextInt(50_000_00), CurrencyCode.USD)));
            } else {
                claims.add(new ClaimEntitlement(id, company * 1_000_003L, CountryCode.KR,
                        Money.ofMinor(100_000 + random.nextInt(70_000_000), CurrencyCode.KRW)));
            }
        }
        return claims;
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
    void aLargeRoundVerifiesWhateverTheOrderOfItsClaims(PoolMode mode) {
        // dense ids, as a database sequence gives, and sparse ones
        for (long idStep : new long[] {1, 1_000_000_007L}) {
            Random random = new Random(20261206L + idStep);
            List<ClaimEntitlement> claims = claims(40_007, idStep, random);
            long usTotal = claims.stream().filter(c -> c.country() == CountryCode.US)
                    .mapToLong(c -> c.approved().minorUnits()).sum();
            long krTotal = claims.stream().filter(c -> c.country() == CountryCode.KR)
                    .mapToLong(c -> c.approved().minorUnits()).sum();
            AllocationRequest request = new AllocationRequest(mode, Money.ofMinor(usTotal / 7, CurrencyCode.USD),
                    Money.ofMinor(krTotal / 9, CurrencyCode.KRW), CurrencyCode.KRW, RATE, rules(mode), claims);
            AllocationResult result = Allocator.allocate(request);
            List<ClaimEntitlement> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            AllocationResult again = Allocator.allocate(new AllocationRequest(mode, request.usPool(), request.krPool(),
                    request.poolCurrency(), RATE, request.rules(), shuffled));
            assertThat(again.certificate().text()).isEqualTo(result.certificate().text());
            assertThat(result.shares()).hasSize(claims.size());
            assertThat(result.shares().stream().anyMatch(s -> s.roundingAdjustmentMinor() == 1)).isTrue();
            assertThat(CertificateVerifier.verify(result.certificate().text()).problems()).isEmpty();
        }
    }

    /**
     * Equal remainders of tens of thousands of equal companies (PROPORTIONAL, a total approved above
     * 2^47): the extra minor units go to the smallest company ids, exactly as the tie-break says.
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
        assertThat(CertificateVerifier.verify(result.certificate().text()).problems()).isEmpty();
    }
}
