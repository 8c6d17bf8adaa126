package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Body of {@code POST /api/rounds/{id}/allocation-scenarios}: method ({@code EVEN} or
 * {@code PROPORTIONAL}), {@code evenBasis} ({@code COMPANY} by default, or {@code CLAIM}), pool mode
 * ({@code PER_COUNTRY}, {@code POOLED}, {@code CONTRIBUTION_SHARE}), the pool currency and the id
 * of a recorded exchange rate for the modes that convert, and the optional cap (amount with
 * currency and/or percent of the pool) and floor (amount with currency).
 */
public record RunScenarioRequest(String name, AllocationMethod method, EvenBasis evenBasis, PoolMode poolMode,
                                 CurrencyCode poolCurrency, Long exchangeRateId, AmountRequest companyCap,
                                 BigDecimal capPercentOfPool, AmountRequest floor) implements Serializable {

    /** An amount typed by the caller, as a JSON string or number, with its currency. */
    public record AmountRequest(BigDecimal amount, CurrencyCode currency) implements Serializable {
    }

    static RunScenarioRequest empty() {
        return new RunScenarioRequest(null, null, null, null, null, null, null, null, null);
    }

    RunScenario toCommand(Long roundId) {
        return new RunScenario(roundId, name, method, evenBasis, poolMode, poolCurrency, exchangeRateId,
                companyCap == null ? null : companyCap.amount(), companyCap == null ? null : companyCap.currency(),
                capPercentOfPool, floor == null ? null : floor.amount(), floor == null ? null : floor.currency());
    }
}
