package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import org.usrok.fund.shared.Money;

/**
 * Caps and floor; each nullable. {@code companyCap} and {@code floor} are Money in either
 * currency and are converted with the request's rate, rounding DOWN, into a pool's currency when
 * they differ; {@code capPercentOfPool} is in (0, 100]. {@code evenBasis} is required for EVEN and
 * ignored for PROPORTIONAL.
 */
public record AllocationRules(AllocationMethod method, EvenBasis evenBasis, Money companyCap,
        BigDecimal capPercentOfPool, Money floor) {
}
