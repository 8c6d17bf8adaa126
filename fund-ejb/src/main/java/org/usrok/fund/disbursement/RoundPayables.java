package org.usrok.fund.disbursement;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.util.List;

/**
 * What a round's committed allocation owes, per currency (never added across currencies): the
 * committed shares, the part in live payments (prepared, released or paid), what is still unpaid,
 * and the companies with unpaid shares. Empty before the round is allocated.
 */
public record RoundPayables(long roundId, List<CurrencyPayables> currencies) {

    /** One currency's committed, in-payment and unpaid totals, with the companies still owed. */
    public record CurrencyPayables(CurrencyCode currency, Money committed, Money inPayments, Money unpaid,
                                   List<CompanyUnpaid> companies) {
    }

    /** A company with unpaid shares: how many claims and how much. */
    public record CompanyUnpaid(long companyId, String companyName, int claimCount, Money unpaid) {
    }
}
