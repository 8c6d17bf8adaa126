package org.usrok.fund.disbursement;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.List;

/**
 * What a round's committed allocation owes, per currency (never added across currencies): the
 * committed shares, the part in live payments (prepared, released or paid), what is still unpaid,
 * and the companies with unpaid shares. Empty before the round is allocated.
 */
public record RoundPayables(long roundId, boolean allocated, List<CurrencyPayables> currencies) implements Serializable {

    /** Why no batch can be prepared for the round now. */
    public enum NothingToPay {
        /** No allocation is committed yet: nothing is owed. */
        NOT_ALLOCATED,
        /** The committed allocation gives no company anything. */
        NO_SHARES,
        /** Every committed share is already in a payment (prepared, sent or paid). */
        ALL_IN_PAYMENTS
    }

    /** Why nothing can be paid now, or {@code null} while some committed share is unpaid. */
    public NothingToPay nothingToPay() {
        if (!allocated) {
            return NothingToPay.NOT_ALLOCATED;
        }
        if (currencies.isEmpty()) {
            return NothingToPay.NO_SHARES;
        }
        return currencies.stream().allMatch(c -> c.unpaid().isZero()) ? NothingToPay.ALL_IN_PAYMENTS : null;
    }

    /** One currency's committed, in-payment and unpaid totals, with the companies still owed. */
    public record CurrencyPayables(CurrencyCode currency, Money committed, Money inPayments, Money unpaid,
                                   List<CompanyUnpaid> companies) implements Serializable {
    }

    /** A company with unpaid shares: how many claims and how much. */
    public record CompanyUnpaid(long companyId, String companyName, int claimCount, Money unpaid) implements Serializable {
    }
}
