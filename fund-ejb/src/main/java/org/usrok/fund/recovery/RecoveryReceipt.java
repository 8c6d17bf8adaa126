package org.usrok.fund.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Money a company paid back against a recovery, with the bank reference and the journal entry
 * that booked it. Numbered per recovery (1, 2, ...); the number is part of the entry's event id,
 * and the database refuses a second receipt with the same number.
 */
@Entity
@Immutable
@Table(name = "recovery_receipt")
public class RecoveryReceipt {

    static final String ENTITY = "RecoveryReceipt";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_receipt_seq")
    @SequenceGenerator(name = "recovery_receipt_seq", sequenceName = "recovery_receipt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recovery_id", nullable = false)
    private long recoveryId;

    @Column(name = "receipt_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "bank_reference", nullable = false, length = 100)
    private String bankReference;

    @Column(name = "ledger_sequence", nullable = false)
    private long ledgerSequence;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecoveryReceipt() {
    }

    RecoveryReceipt(long recoveryId, int number, Money amount, LocalDate receivedOn, String bankReference,
                    long ledgerSequence, String recordedBy, Instant recordedAt) {
        this.recoveryId = recoveryId;
        this.number = number;
        this.currency = amount.currency();
        this.amountMinor = amount.minorUnits();
        this.receivedOn = receivedOn;
        this.bankReference = bankReference;
        this.ledgerSequence = ledgerSequence;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRecoveryId() {
        return recoveryId;
    }

    public int getNumber() {
        return number;
    }

    public Money getAmount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getBankReference() {
        return bankReference;
    }

    public long getLedgerSequence() {
        return ledgerSequence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
