package org.usrok.fund.payout;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/**
 * Filters of the payout accounts list; each {@code null} filter matches everything.
 * {@code companyName} matches part of the company's legal name, ignoring case. An officer's
 * verification queue is {@code status = PENDING_VERIFICATION, country = their own}.
 */
public record PayoutAccountQuery(PayoutAccountStatus status, CountryCode country, CurrencyCode currency,
                                 Long companyId, String companyName) implements Serializable {

    public static PayoutAccountQuery all() {
        return new PayoutAccountQuery(null, null, null, null, null);
    }

    boolean byName() {
        return companyName != null && !companyName.isBlank();
    }
}
