package org.usrok.fund.contribution;

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
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.time.LocalDate;

/** Money a government actually paid into a round, with the bank reference and the journal entry that booked it. */
@Entity
@Immutable
@Table(name = "contribution_receipt")
public class ContributionReceipt {

    static final String ENTITY = "ContributionReceipt";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_receipt_seq")
    @SequenceGenerator(name = "contribution_receipt_seq", sequenceName = "contribution_receipt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private CountryCode government;

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

    protected ContributionReceipt() {
    }

    ContributionReceipt(long roundId, CountryCode government, Money amount, LocalDate receivedOn, String bankReference,
                        long ledgerSequence, String recordedBy, Instant recordedAt) {
        this.roundId = roundId;
        this.government = government;
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

    public long getRoundId() {
        return roundId;
    }

    public CountryCode getGovernment() {
        return government;
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
