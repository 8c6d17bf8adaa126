package org.usrok.fund.recovery;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded repayment with the journal entry that booked it; {@code recordedBy} is null for companies. */
public record RecoveryReceiptSummary(long id, int number, Money amount, LocalDate receivedOn, String bankReference,
                                     long ledgerSequence, String recordedBy, Instant recordedAt) implements Serializable {

    static RecoveryReceiptSummary of(RecoveryReceipt r, boolean asCompany) {
        return new RecoveryReceiptSummary(r.getId(), r.getNumber(), r.getAmount(), r.getReceivedOn(),
                r.getBankReference(), r.getLedgerSequence(), asCompany ? null : r.getRecordedBy(), r.getRecordedAt());
    }
}
