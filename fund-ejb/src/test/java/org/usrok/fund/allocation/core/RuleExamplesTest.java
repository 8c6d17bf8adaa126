package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.shared.CurrencyCode;

/**
 * Worked examples 10–15 of docs/allocation.md: the cases where the rules before December 2026 broke
 * the fund's promises (paying more than a pool held, dropping claims the money could pay, more money
 * lowering shares, a larger claim paid less), each worked out by hand there.
 */
class RuleExamplesTest {

    private static final AllocationRules PROPORTIONAL_FLOOR_40 = new AllocationRules(AllocationMethod.PROPORTIONAL, null,
            null, null, usd("40.00"));

    private static AllocationRequest perCountry(String usPool, AllocationRules rules, List<ClaimEntitlement> claims) {
        return new AllocationRequest(PoolMode.PER_COUNTRY, usd(usPool), krw("0"), null, null, rules, claims);
    }

    private static AllocationResult allocated(AllocationRequest request) {
        AllocationResult result = Allocator.allocate(request);
        assertThat(CertificateVerifier.verify(result.certificate().text()).problems()).isEmpty();
        return result;
    }

    @Test
    void example10PooledNeverPaysMoreThanThePoolHolds() {
        AllocationResult result = allocated(new AllocationRequest(PoolMode.POOLED, usd("0.00"), krw("0"), CurrencyCode.USD,
                ECOS, new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, null, null, null),
                List.of(kr(1, 201, "13"), kr(2, 202, "13"), kr(3, 203, "13"))));
        assertThat(result.shares()).extracting(Share::poolShare).containsOnly(usd("0.00"));
        assertThat(result.shares()).extracting(Share::share).containsOnly(krw("0"));
    }

    /** The same claims in a pool that converts to whole cents: each is paid what its cents are worth, never its approved won. */
    @Test
    void example10AClaimFullyCoveredInThePoolIsPaidItsPoolShareConvertedDown() {
        AllocationResult result = allocated(new AllocationRequest(PoolMode.POOLED, usd("5000000.00"), krw("1500000000"),
                CurrencyCode.USD, ECOS, new AllocationRules(AllocationMethod.EVEN, EvenBasis.COMPANY, null, null, null),
                List.of(kr(1, 10, "1200000000"), us(2, 20, "450000.00"))));
        Share korean = result.shares().get(0);
        assertThat(korean.poolShare()).isEqualTo(usd("866300.89"));
        assertThat(korean.share()).isEqualTo(krw("1199999992"));
        assertThat(result.certificate().text()).contains("check=payable|all|paid USD 450000.00 and KRW 1199999992 out of "
                + "USD 5000000.00 and KRW 1500000000, with one conversion at the rate rounded down");
    }

    @Test
    void example11ASmallClaimIsPaidInFullNotDropped() {
        AllocationResult result = allocated(perCountry("1000.00", PROPORTIONAL_FLOOR_40,
                List.of(us(1, 101, "30.00"), us(2, 102, "100.00"))));
        assertThat(result.shares()).extracting(Share::share).containsExactly(usd("30.00"), usd("100.00"));
        assertThat(result.shares()).extracting(Share::belowFloor).containsOnly(false);
        assertThat(result.pools().get(0).leftover()).isEqualTo(usd("870.00"));
    }

    @Test
    void example12AFloorUnderACompanyCapEvenPerClaim() {
        List<ClaimEntitlement> claims = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            claims.add(us(i, 1, "50.00"));
        }
        claims.add(us(11, 2, "30.00"));
        claims.add(us(12, 3, "30.00"));
        AllocationResult result = allocated(perCountry("1000.00",
                new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, usd("100.00"), null, usd("20.00")), claims));
        List<Share> shares = result.shares();
        for (int i = 0; i < 5; i++) {
            assertThat(shares.get(i).share()).isEqualTo(usd("20.00"));
            assertThat(shares.get(i).capped()).isTrue();
            assertThat(shares.get(i).belowFloor()).isFalse();
        }
        for (int i = 5; i < 10; i++) {
            assertThat(shares.get(i).share()).isEqualTo(usd("0.00"));
            assertThat(shares.get(i).capped()).isTrue();
            assertThat(shares.get(i).belowFloor()).isTrue();
        }
        assertThat(shares.get(10).share()).isEqualTo(usd("30.00"));
        assertThat(shares.get(11).share()).isEqualTo(usd("30.00"));
        assertThat(result.pools().get(0).leftover()).isEqualTo(usd("840.00"));
    }

    @Test
    void example13MoreMoneyNeverLowersAShare() {
        List<ClaimEntitlement> claims = List.of(us(1, 101, "100.00"), us(2, 102, "100.00"), us(3, 103, "50.00"));
        AllocationResult less = allocated(perCountry("199.99", PROPORTIONAL_FLOOR_40, claims));
        AllocationResult more = allocated(perCountry("200.00", PROPORTIONAL_FLOOR_40, claims));
        assertThat(less.shares()).extracting(Share::quota).containsExactly("15999/2", "15999/2", "4000/1");
        assertThat(less.shares()).extracting(Share::share).containsExactly(usd("80.00"), usd("79.99"), usd("40.00"));
        assertThat(more.shares()).extracting(Share::share).containsExactly(usd("80.00"), usd("80.00"), usd("40.00"));
    }

    @Test
    void example14RaisingOnesClaimInAPooledRoundNeverLowersItsPayment() {
        AllocationRules even = new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, null, null);
        AllocationResult claimed = allocated(new AllocationRequest(PoolMode.POOLED, usd("8.35"), krw("0"), CurrencyCode.KRW,
                ECOS, even, List.of(us(1, 101, "8.35"))));
        AllocationResult raised = allocated(new AllocationRequest(PoolMode.POOLED, usd("8.35"), krw("0"), CurrencyCode.KRW,
                ECOS, even, List.of(us(1, 101, "14.33"))));
        assertThat(claimed.pools().get(0).pool()).isEqualTo(krw("11566"));
        assertThat(claimed.shares().get(0).poolShare()).isEqualTo(krw("11566"));
        assertThat(claimed.shares().get(0).share()).isEqualTo(usd("8.34"));
        assertThat(raised.shares().get(0).poolShare()).isEqualTo(krw("11566"));
        assertThat(raised.shares().get(0).share()).isEqualTo(usd("8.34"));
    }

    @Test
    void example15WhenFloorsDoNotAllFitTheSmallerIsPaidFirst() {
        AllocationResult fits = allocated(perCountry("65.00", PROPORTIONAL_FLOOR_40,
                List.of(us(1, 1, "30.00"), us(2, 2, "35.00"))));
        assertThat(fits.shares()).extracting(Share::share).containsExactly(usd("30.00"), usd("35.00"));
        AllocationResult tight = allocated(perCountry("65.00", PROPORTIONAL_FLOOR_40,
                List.of(us(1, 1, "30.00"), us(2, 2, "36.00"))));
        assertThat(tight.shares()).extracting(Share::share).containsExactly(usd("30.00"), usd("0.00"));
        assertThat(tight.shares()).extracting(Share::belowFloor).containsExactly(false, true);
        assertThat(tight.pools().get(0).leftover()).isEqualTo(usd("35.00"));
    }

    /** A cap below the floor would leave no company payable: the parameters are refused, naming both. */
    @Test
    void aCapBelowTheFloorIsRefused() {
        assertThatThrownBy(() -> Allocator.allocate(perCountry("1000.00",
                new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, new BigDecimal("5"), usd("60.00")),
                List.of(us(1, 1, "500.00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The company cap of pool US, USD 50.00, is below its floor, USD 60.00: no company could be paid "
                        + "the floor. Lower the floor or raise the cap");
    }
}
