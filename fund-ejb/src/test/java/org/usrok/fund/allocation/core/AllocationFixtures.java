package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/** Helpers shared by the allocation tests: amounts, rates, and an independent reading of a result. */
final class AllocationFixtures {

    static final NamedRate ECOS = new NamedRate("exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20",
            new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20")));

    private AllocationFixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    static Money krw(String amount) {
        return Money.of(amount, CurrencyCode.KRW);
    }

    static ClaimEntitlement us(long claimId, long companyId, String amount) {
        return new ClaimEntitlement(claimId, companyId, CountryCode.US, usd(amount));
    }

    static ClaimEntitlement kr(long claimId, long companyId, String amount) {
        return new ClaimEntitlement(claimId, companyId, CountryCode.KR, krw(amount));
    }

    /** The pool a claim is shared from: "POOLED", or its country for the other modes. */
    static String poolOf(AllocationRequest request, ClaimEntitlement claim) {
        return request.mode() == PoolMode.POOLED ? "POOLED" : claim.country().name();
    }

    static CurrencyCode currencyOf(AllocationRequest request, String pool) {
        return pool.equals("POOLED") ? request.poolCurrency() : CountryCode.valueOf(pool).currency();
    }

    /** Converts with the shared ExchangeRate, rounding DOWN (independent of the core's own arithmetic). */
    static Money in(Money amount, CurrencyCode currency, AllocationRequest request) {
        return amount.currency() == currency ? amount : request.rate().rate().convert(amount, RoundingMode.DOWN);
    }

    /**
     * The company cap of a pool in its currency's minor units, from the rules (R4), or
     * Long.MAX_VALUE; a country pool without claims has none.
     */
    static long capMinor(AllocationRequest request, PoolOutcome pool) {
        AllocationRules rules = request.rules();
        if (!hasClaims(request, pool)) {
            return Long.MAX_VALUE;
        }
        long percentBase = request.mode() == PoolMode.CONTRIBUTION_SHARE
                ? (pool.name().equals("US") ? request.usPool() : request.krPool()).minorUnits()
                : pool.pool().minorUnits();
        long cap = Long.MAX_VALUE;
        CurrencyCode cur = pool.pool().currency();
        if (rules.companyCap() != null) {
            cap = in(rules.companyCap(), cur, request).minorUnits();
        }
        if (rules.capPercentOfPool() != null) {
            cap = Math.min(cap, BigDecimal.valueOf(percentBase).multiply(rules.capPercentOfPool())
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact());
        }
        return cap;
    }

    static long floorMinor(AllocationRequest request, PoolOutcome pool) {
        Money floor = request.rules().floor();
        return floor == null || !hasClaims(request, pool) ? 0 : in(floor, pool.pool().currency(), request).minorUnits();
    }

    private static boolean hasClaims(AllocationRequest request, PoolOutcome pool) {
        return request.claims().stream().anyMatch(c -> poolOf(request, c).equals(pool.name()));
    }

    /** floor(numerator/denominator) of a quota text. */
    static BigInteger[] quota(String text) {
        String[] p = text.split("/");
        return new BigInteger[] {new BigInteger(p[0]), new BigInteger(p[1])};
    }

    static boolean companyUnit(AllocationRequest request) {
        return request.rules().method() == AllocationMethod.PROPORTIONAL
                || request.rules().evenBasis() == EvenBasis.COMPANY;
    }

    /** Pool share totals per company of one pool, in the pool currency's minor units. */
    static Map<Long, Long> companyTotals(AllocationResult result, AllocationRequest request, String pool) {
        Map<Long, Long> totals = new TreeMap<>();
        for (Share s : result.shares()) {
            if (poolOf(request, claim(request, s.claimId())).equals(pool)) {
                totals.merge(s.companyId(), s.poolShare().minorUnits(), Long::sum);
            }
        }
        return totals;
    }

    static ClaimEntitlement claim(AllocationRequest request, long claimId) {
        return request.claims().stream().filter(c -> c.claimId() == claimId).findFirst().orElseThrow();
    }

    static AllocationRequest withClaims(AllocationRequest r, List<ClaimEntitlement> claims) {
        return new AllocationRequest(r.mode(), r.usPool(), r.krPool(), r.poolCurrency(), r.rate(), r.rules(),
                new ArrayList<>(claims));
    }
}
