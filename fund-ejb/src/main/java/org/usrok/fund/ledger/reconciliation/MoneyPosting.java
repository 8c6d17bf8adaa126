package org.usrok.fund.ledger.reconciliation;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One debit and credit pair that a money record's entry must hold, as the posting rules of
 * docs/ledger.md derive it from the record alone: the entry ({@code sequence}) and its event id and
 * effective date, the amount, and which line numbers (from 1, as in the canonical form) debit and
 * credit which accounts. A record posts one pair or more (a payment two within its batch's
 * release entry, a return two, an allocation one per currency).
 */
public record MoneyPosting(MoneyRecordKind kind, long recordId, long sequence, String eventId, LocalDate date,
                           Money amount, String debitAccount, String creditAccount, int debitLine,
                           int creditLine) implements Serializable {

    public MoneyPosting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(debitAccount, "debitAccount");
        Objects.requireNonNull(creditAccount, "creditAccount");
    }
}
