package org.usrok.fund.disbursement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The payments of one currency that one officer prepared from a round's committed allocation and
 * that a second officer releases. Money leaves the fund only on release, and only with two people
 * involved: the releaser is never the preparer (the database checks it too) and is an officer of
 * the government whose currency is paid, because that government's bank executes the file. A
 * released batch is final: corrections are returns of single payments, never a second release.
 */
@Entity
@Table(name = "disbursement_batch")
public class DisbursementBatch extends AuditColumns {

    public static final String ENTITY = "DisbursementBatch";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_batch_seq")
    @SequenceGenerator(name = "disbursement_batch_seq", sequenceName = "disbursement_batch_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "scenario_id", nullable = false, updatable = false)
    private long scenarioId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private CurrencyCode currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BatchStatus status;

    @Column(name = "prepared_by", nullable = false, length = 64, updatable = false)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private Instant preparedAt;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "payment_count", nullable = false)
    private int paymentCount;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(name = "ledger_sequence")
    private Long ledgerSequence;

    @ElementCollection
    @CollectionTable(name = "disbursement_batch_skip", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderBy("companyId")
    private List<SkippedCompany> skipped = new ArrayList<>();

    protected DisbursementBatch() {
    }

    DisbursementBatch(long roundId, long scenarioId, CurrencyCode currency, String preparedBy, Instant preparedAt,
                      List<SkippedCompany> skipped) {
        this.roundId = roundId;
        this.scenarioId = scenarioId;
        this.currency = Objects.requireNonNull(currency);
        this.status = BatchStatus.PREPARED;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
        this.skipped = new ArrayList<>(skipped);
    }

    /** The government whose officers prepare and release this batch: the one that pays in its currency. */
    public CountryCode payingCountry() {
        return payingCountry(currency);
    }

    static CountryCode payingCountry(CurrencyCode currency) {
        for (CountryCode country : CountryCode.values()) {
            if (country.currency() == currency) {
                return country;
            }
        }
        throw new IllegalArgumentException("No member country pays in " + currency);
    }

    /** Sets the totals to the payments that will be (or were) sent. */
    void totals(int count, Money total) {
        if (total.currency() != currency) {
            throw new IllegalArgumentException("A " + currency + " batch cannot total " + total);
        }
        this.paymentCount = count;
        this.totalMinor = total.minorUnits();
    }

    void release(String officer, Instant at, long sequence) {
        requirePrepared("release");
        this.status = BatchStatus.RELEASED;
        this.releasedBy = officer;
        this.releasedAt = at;
        this.ledgerSequence = sequence;
    }

    void cancel(String officer, Instant at, String reason) {
        requirePrepared("cancel");
        this.status = BatchStatus.CANCELLED;
        this.cancelledBy = officer;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    void requirePrepared(String action) {
        if (status != BatchStatus.PREPARED) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getScenarioId() {
        return scenarioId;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public int getPaymentCount() {
        return paymentCount;
    }

    public Money total() {
        return Money.ofMinor(totalMinor, currency);
    }

    public Long getLedgerSequence() {
        return ledgerSequence;
    }

    public List<SkippedCompany> getSkipped() {
        return List.copyOf(skipped);
    }
}
