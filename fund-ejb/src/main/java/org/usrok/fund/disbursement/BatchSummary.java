package org.usrok.fund.disbursement;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * A batch in a round's list: status, currency, how many payments and how much (before release the
 * prepared payments, after it the released ones), who prepared and released it, and the ledger entry.
 */
public record BatchSummary(long id, long version, long roundId, String roundNameEn, CurrencyCode currency,
                           BatchStatus status, int paymentCount, Money total, String preparedBy, Instant preparedAt,
                           String releasedBy, Instant releasedAt, Long ledgerSequence) implements Serializable {

    static BatchSummary of(DisbursementBatch b, String roundNameEn) {
        return new BatchSummary(b.getId(), b.getVersion(), b.getRoundId(), roundNameEn, b.getCurrency(),
                b.getStatus(), b.getPaymentCount(), b.total(), b.getPreparedBy(), b.getPreparedAt(),
                b.getReleasedBy(), b.getReleasedAt(), b.getLedgerSequence());
    }
}
