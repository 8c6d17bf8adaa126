package org.usrok.fund.allocation.core;

import java.util.List;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * {@code usPool} in USD and {@code krPool} in KRW are the amounts to distribute (e.g. contributions
 * received). {@code poolCurrency} and {@code rate} are required for POOLED and CONTRIBUTION_SHARE,
 * ignored for PER_COUNTRY (where the rate is only needed to convert a cap or floor of the other
 * currency).
 */
public record AllocationRequest(PoolMode mode, Money usPool, Money krPool, CurrencyCode poolCurrency,
        NamedRate rate, AllocationRules rules, List<ClaimEntitlement> claims) {
}
