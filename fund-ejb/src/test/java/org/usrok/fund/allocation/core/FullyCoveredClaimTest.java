package org.usrok.fund.allocation.core;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim that a pooled allocation covers in full is paid exactly its approved amount in its own
 * currency, not the few won lost by converting it into the pool currency and back.
 */
class FullyCoveredClaimTest {

    private static final NamedRate ECOS = new NamedRate("exchange-rate:1 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-28",
            new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20")));

    @Test
    void aKoreanClaimFullyCoveredByAUsdPoolIsPaidItsApprovedWon() {
        var result = Allocator.allocate(new AllocationRequest(PoolMode.POOLED, Money.of("5000000.00", CurrencyCode.USD),
                Money.of("1500000000", CurrencyCode.KRW), CurrencyCode.USD, ECOS,
                new AllocationRules(AllocationMethod.EVEN, EvenBasis.COMPANY, null, null, null),
                List.of(new ClaimEntitlement(1, 10, CountryCode.KR, Money.of("1200000000", CurrencyCode.KRW)),
                        new ClaimEntitlement(2, 20, CountryCode.US, Money.of("450000.00", CurrencyCode.USD)))));

        Share korean = result.shares().get(0);
        // 1,200,000,000 KRW counts as USD 866,300.89 in the pool; back at 1385.20 that is 1,199,999,992.8 KRW
        assertThat(korean.poolShare()).isEqualTo(Money.of("866300.89", CurrencyCode.USD));
        assertThat(korean.share()).isEqualTo(Money.of("1200000000", CurrencyCode.KRW));
        assertThat(result.shares().get(1).share()).isEqualTo(Money.of("450000.00", CurrencyCode.USD));
        assertThat(CertificateVerifier.verify(result.certificate().text()).ok()).isTrue();
    }

    @Test
    void aPartlyCoveredClaimIsStillPaidTheConvertedShareRoundedDown() {
        var result = Allocator.allocate(new AllocationRequest(PoolMode.POOLED, Money.of("100000.00", CurrencyCode.USD),
                Money.zero(CurrencyCode.KRW), CurrencyCode.USD, ECOS,
                new AllocationRules(AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, null, null, null),
                List.of(new ClaimEntitlement(1, 10, CountryCode.KR, Money.of("1200000000", CurrencyCode.KRW)))));

        Share korean = result.shares().get(0);
        assertThat(korean.poolShare()).isEqualTo(Money.of("100000.00", CurrencyCode.USD));
        assertThat(korean.share()).isEqualTo(Money.of("138520000", CurrencyCode.KRW));
    }
}
