package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.RecoveryReceiptSummary;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded repayment with the sequence of the journal entry that booked it ({@code recordedBy} absent for companies). */
public record RecoveryReceiptResponse(long id, int number, MoneyResponse amount, LocalDate receivedOn,
                                      String bankReference, long ledgerSequence, String recordedBy,
                                      Instant recordedAt) implements Serializable {

    static RecoveryReceiptResponse of(RecoveryReceiptSummary r) {
        return new RecoveryReceiptResponse(r.id(), r.number(), MoneyResponse.of(r.amount()), r.receivedOn(),
                r.bankReference(), r.ledgerSequence(), r.recordedBy(), r.recordedAt());
    }
}
