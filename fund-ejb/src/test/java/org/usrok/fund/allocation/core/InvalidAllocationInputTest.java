package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

/** Invalid input is refused with a message that says what is wrong (the service maps it to a 4xx). */
class InvalidAllocationInputTest {

    private static final AllocationRules RULES = new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, null, null);

    private static AllocationRequest perCountry(AllocationRules rules, List<ClaimEntitlement> claims) {
        return new AllocationRequest(PoolMode.PER_COUNTRY, usd("100.00"), krw("1000"), null, null, rules, claims);
    }

    private static void refused(AllocationRequest request, String message) {
        assertThatThrownBy(() -> Allocator.allocate(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void duplicateClaimIds() {
        refused(perCountry(RULES, List.of(us(1, 101, "1.00"), us(1, 102, "2.00"))), "Claim 1 appears more than once");
    }

    @Test
    void anAmountInTheWrongCurrencyForTheCountry() {
        refused(perCountry(RULES, List.of(new ClaimEntitlement(7, 101, CountryCode.US, krw("1000")))),
                "Claim 7 is approved in KRW but a US company is paid in USD");
    }

    @Test
    void negativeAmountsAndPools() {
        refused(perCountry(RULES, List.of(us(1, 101, "-1.00"))), "Claim 1 has a negative approved amount");
        refused(new AllocationRequest(PoolMode.PER_COUNTRY, usd("-1.00"), krw("0"), null, null, RULES, List.of()),
                "The U.S. pool cannot be negative");
        refused(perCountry(new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, null, null, usd("-1.00")), List.of()),
                "The floor cannot be negative");
    }

    @Test
    void aMissingRateOrPoolCurrency() {
        refused(new AllocationRequest(PoolMode.POOLED, usd("1.00"), krw("1"), CurrencyCode.USD, null, RULES, List.of()),
                "POOLED needs a named exchange rate");
        refused(new AllocationRequest(PoolMode.CONTRIBUTION_SHARE, usd("1.00"), krw("1"), null, ECOS, RULES, List.of()),
                "CONTRIBUTION_SHARE needs the pool currency");
        refused(perCountry(new AllocationRules(AllocationMethod.PROPORTIONAL, null, usd("10.00"), null, null),
                List.of(kr(1, 201, "100"))), "Converting the company cap (USD 10.00) needs a named exchange rate");
    }

    @Test
    void badRules() {
        refused(perCountry(new AllocationRules(AllocationMethod.EVEN, null, null, null, null), List.of()), "EVEN needs a basis");
        refused(perCountry(new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, new BigDecimal("100.5"), null),
                List.of()), "at most 100");
        refused(perCountry(new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, BigDecimal.ZERO, null), List.of()),
                "above 0");
        refused(perCountry(new AllocationRules(null, null, null, null, null), List.of()), "The allocation method is required");
        refused(perCountry(RULES, List.of(us(1, 101, "1.00"), kr(2, 101, "1"))), "Company 101 has claims in both countries");
    }

    @Test
    void amountsAboveTheMostAnAllocationTakesAreRefusedSayingTheMost() {
        refused(perCountry(RULES, List.of(us(1, 101, "10000000000000.01"))),
                "Claim 1 has an approved amount (USD 10000000000000.01) above the most an allocation takes, USD 10000000000000.00");
        refused(perCountry(RULES, List.of(us(1, 101, "100000000000000000.00"), kr(2, 102, "-1"))),
                "Claim 2 has a negative approved amount");
        refused(new AllocationRequest(PoolMode.PER_COUNTRY, usd("1.00"), krw("1000000000000001"), null, null, RULES, List.of()),
                "The Korean pool (KRW 1000000000000001) is above the most an allocation takes, KRW 1000000000000000");
        refused(perCountry(new AllocationRules(AllocationMethod.PROPORTIONAL, null, usd("90000000000000000.00"), null, null),
                List.of()), "The company cap (USD 90000000000000000.00) is above the most");
        refused(perCountry(new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, null, null, krw("1000000000000000000")),
                List.of()), "The floor (KRW 1000000000000000000) is above the most");
    }

    /** Point 5 of issue 13: a sum or conversion too large is refused naming the amounts, with no internal text. */
    @Test
    void sumsAndConversionsTooLargeAreRefusedNamingTheAmounts() {
        List<ClaimEntitlement> claims = new java.util.ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            claims.add(us(i, 100 + i, "10000000000000.00"));
        }
        refused(perCountry(RULES, claims), "The approved claims of pool US add up to USD 10010000000000000.00, more than "
                + "one allocation adds up exactly, USD 10000000000000000.00");
        refused(new AllocationRequest(PoolMode.POOLED, usd("1.00"), krw("1"), CurrencyCode.KRW, ECOS, RULES,
                List.of(us(1, 101, "10000000000000.00"))), "USD 10000000000000.00 is KRW 13852000000000000 at USD/KRW "
                + "1385.20: too large for an allocation, which takes at most KRW 1000000000000000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Allocator.allocate(perCountry(RULES, claims)))
                .message().doesNotContain("BigInteger").doesNotContain("long range");
    }

    @Test
    void theLargestAmountsAtAnyRateAreAllocatedOrRefusedAsInvalidNeverFailInside() {
        String most = "10000000000000.00";
        List<ClaimEntitlement> claims = List.of(us(1, 101, most), us(2, 103, "9999999999999.99"), kr(3, 102, "1000000000000000"),
                kr(4, 104, "333333333333333"));
        int allocated = 0;
        for (String rate : new String[] {"1385.20", "0.000001", "99999999.99"}) {
            NamedRate named = new NamedRate("rate " + rate, new org.usrok.fund.shared.ExchangeRate(CurrencyCode.USD,
                    CurrencyCode.KRW, new BigDecimal(rate)));
            for (PoolMode mode : PoolMode.values()) {
                for (CurrencyCode poolCurrency : CurrencyCode.values()) {
                    for (AllocationRules rules : List.of(RULES, new AllocationRules(AllocationMethod.EVEN, EvenBasis.COMPANY,
                            usd(most), new BigDecimal("50"), usd("1.00")))) {
                        AllocationRequest request = new AllocationRequest(mode, usd("7777777777777.77"), krw("1000000000000000"),
                                poolCurrency, named, rules, claims);
                        try {
                            Allocator.allocate(request);
                            allocated++;
                        } catch (IllegalArgumentException e) {
                            org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("too large");
                        }
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(allocated).isPositive();
    }
}
