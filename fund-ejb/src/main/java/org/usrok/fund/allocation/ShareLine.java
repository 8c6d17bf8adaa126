package org.usrok.fund.allocation;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;

/**
 * One claim's share under a scenario, as officers and auditors read it: approved amount, the share
 * in the pool's currency and in the company's, the exact quota and the rounding adjustment.
 */
public record ShareLine(long claimId, String claimTitle, long companyId, String companyName, CountryCode country,
                        Money approved, Money poolShare, Money share, String quota, long roundingAdjustment,
                        boolean capped, boolean belowFloor) implements Serializable {
}
