package org.usrok.fund.allocation.core;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

/** One approved claim: approved amount in the company's currency (its country's currency). */
public record ClaimEntitlement(long claimId, long companyId, CountryCode country, Money approved) {
}
