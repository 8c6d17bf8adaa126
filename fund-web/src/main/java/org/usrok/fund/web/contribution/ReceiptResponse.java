package org.usrok.fund.web.contribution;

import org.usrok.fund.contribution.ReceiptSummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded receipt with the sequence of the journal entry that booked it. */
public record ReceiptResponse(long id, long roundId, CountryCode government, MoneyResponse amount,
                              LocalDate receivedOn, String bankReference, long ledgerSequence, String recordedBy,
                              Instant recordedAt) implements Serializable {

    static ReceiptResponse of(ReceiptSummary r) {
        return new ReceiptResponse(r.id(), r.roundId(), r.government(), MoneyResponse.of(r.amount()), r.receivedOn(),
                r.bankReference(), r.ledgerSequence(), r.recordedBy(), r.recordedAt());
    }
}
