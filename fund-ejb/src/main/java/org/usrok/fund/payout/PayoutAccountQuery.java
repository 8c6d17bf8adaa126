package org.usrok.fund.payout;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

/**
 * Filters of the payout accounts list; each {@code null} filter matches everything. An officer's
 * verification queue is {@code status = PENDING_VERIFICATION, country = their own}.
 */
public record PayoutAccountQuery(PayoutAccountStatus status, CountryCode country, CurrencyCode currency,
                                 Long companyId) {

    public static PayoutAccountQuery all() {
        return new PayoutAccountQuery(null, null, null, null);
    }
}
