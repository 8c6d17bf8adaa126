package org.usrok.fund.allocation.core;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

/**
 * One claim's outcome. {@code share} is in the company's currency; {@code poolShare} in the
 * currency of the pool it was computed in; {@code quota} is the exact rational quota in minor units
 * of that pool currency as "numerator/denominator", reduced; {@code roundingAdjustmentMinor} is the
 * pool share's minor units minus floor(quota), 0 or +1; {@code capped}: the company cap held the
 * claim back; {@code belowFloor}: the unit's share would have been below the floor, so it got 0.
 */
public record Share(long claimId, long companyId, CountryCode country, Money approved, Money poolShare,
        Money share, String quota, long roundingAdjustmentMinor, boolean capped, boolean belowFloor) {
}
