package org.usrok.fund.ledger.bundle;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code money-records.csv} (version 4): a debit and credit pair that a business record
 * moving money requires of its journal entry, as the application derives it from the record (not
 * from the entry): the record's kind and id, the entry's sequence, its event id and effective
 * date, the amount, and the accounts the lines {@code debitLine} and {@code creditLine} (from 1)
 * debit and credit. A record has one row per pair (docs/ledger.md, Reconciliation).
 */
public record BundleMoneyRecord(String kind, long recordId, long sequence, String eventId, LocalDate effectiveDate,
                                Money amount, String debitAccount, int debitLine, String creditAccount,
                                int creditLine) implements Serializable {

    /** The kinds of record, as the file names them. */
    public static final List<String> KINDS = List.of("CONTRIBUTION_RECEIPT", "ALLOCATION_COMMITMENT", "PAYMENT",
            "PAYMENT_RETURN", "RECOVERY_RECEIVABLE", "RECOVERY_RECEIPT");

    public BundleMoneyRecord {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a kind of money record: " + kind);
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(debitAccount, "debitAccount");
        Objects.requireNonNull(creditAccount, "creditAccount");
        if (recordId <= 0 || sequence <= 0 || debitLine <= 0 || creditLine <= 0) {
            throw new IllegalArgumentException("Ids, sequences and line numbers are positive");
        }
    }
}
