package org.usrok.fund.contribution;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded receipt with the journal entry that booked it. */
public record ReceiptSummary(long id, long roundId, CountryCode government, Money amount, LocalDate receivedOn,
                             String bankReference, long ledgerSequence, String recordedBy, Instant recordedAt) implements Serializable {

    static ReceiptSummary of(ContributionReceipt r) {
        return new ReceiptSummary(r.getId(), r.getRoundId(), r.getGovernment(), r.getAmount(), r.getReceivedOn(),
                r.getBankReference(), r.getLedgerSequence(), r.getRecordedBy(), r.getRecordedAt());
    }
}
