package org.usrok.fund.allocation;

import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a company was allocated for one claim in a committed allocation, and how it was computed:
 * the method and pool mode, the rate cited, its approved amount, its share in the pool's currency
 * and in its own, the exact quota and the rounding adjustment. {@code paid} is what has been paid
 * of it so far.
 */
public record CompanyAllocation(long roundId, String roundNameEn, String roundNameKo, long scenarioId,
                                AllocationMethod method, EvenBasis evenBasis, PoolMode poolMode, String rateName,
                                long claimId, String claimTitle, Money approved, Money poolShare, Money share,
                                String quota, long roundingAdjustment, boolean capped, boolean belowFloor,
                                Money paid, Instant committedAt) implements Serializable {
}
