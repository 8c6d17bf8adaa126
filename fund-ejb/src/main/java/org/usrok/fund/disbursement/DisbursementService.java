package org.usrok.fund.disbursement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * Placeholder of branch {@code recovery} for the disbursement service of branch {@code disburse},
 * which replaces this file when merged: nothing is paid before disbursements exist.
 */
@Stateless
public class DisbursementService {

    /** What was paid to the company in the currency (released and paid, less returned). */
    @PermitAll
    public Money paidTo(long companyId, CurrencyCode currency) {
        return Money.zero(currency);
    }
}
