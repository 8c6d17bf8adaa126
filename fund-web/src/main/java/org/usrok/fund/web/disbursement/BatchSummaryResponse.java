package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.BatchSummary;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;

/** A batch in a round's list. */
public record BatchSummaryResponse(long id, long version, long roundId, String roundName, CurrencyCode currency,
                                   BatchStatus status, int paymentCount, MoneyResponse total, String preparedBy,
                                   Instant preparedAt, String releasedBy, Instant releasedAt, Long ledgerSequence) implements Serializable {

    static BatchSummaryResponse of(BatchSummary b) {
        return new BatchSummaryResponse(b.id(), b.version(), b.roundId(), b.roundNameEn(), b.currency(), b.status(),
                b.paymentCount(), MoneyResponse.of(b.total()), b.preparedBy(), b.preparedAt(), b.releasedBy(),
                b.releasedAt(), b.ledgerSequence());
    }
}
