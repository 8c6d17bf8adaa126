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
import jakarta.persistence.Version;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;

/**
 * A claim of the fund on a company to pay back money it was paid in error (a clawback). An
 * officer of the company's country opens it with a reason and an amount; because it creates a
 * debt of the company, a second officer of that country, never the opener, must approve it
 * before anything is booked (four eyes). Approval books the receivable; receipts of the
 * company's repayments reduce what is outstanding, never below zero. An opened recovery that
 * should not go ahead is rejected by another officer or withdrawn by its opener, with a reason.
 * The amount and currency never change once opened: a different amount is a new recovery.
 */
@Entity
@Table(name = "recovery")
public class Recovery extends AuditColumns {

    public static final String ENTITY = "Recovery";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_seq")
    @SequenceGenerator(name = "recovery_seq", sequenceName = "recovery_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private CountryCode country;

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private CurrencyCode currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "recovered_minor", nullable = false)
    private long recoveredMinor;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RecoveryStatus status;

    @Column(name = "opened_by", nullable = false, length = 64, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "receivable_sequence")
    private Long receivableSequence;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    protected Recovery() {
    }

    /**
     * Opens a recovery of {@code amount} from a company of {@code country}; {@code roundId} names the
     * round whose payment is recovered, or null when the recovery concerns the company's payments
     * in general.
     */
    static Recovery open(long companyId, CountryCode country, Long roundId, Money amount, String reason,
                         String officer, Instant at) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a recovery is of a positive amount");
        }
        var recovery = new Recovery();
        recovery.companyId = companyId;
        recovery.country = country;
        recovery.roundId = roundId;
        recovery.currency = amount.currency();
        recovery.amountMinor = amount.minorUnits();
        recovery.reason = reason;
        recovery.status = RecoveryStatus.OPENED;
        recovery.openedBy = officer;
        recovery.openedAt = at;
        return recovery;
    }

    /** A second officer approves; the receivable is booked under {@code receivableEntry}. The opener cannot. */
    void approve(String officer, Instant at, long receivableEntry) {
        requireStatus(RecoveryStatus.OPENED, "approve");
        if (officer.equals(openedBy)) {
            throw RecoverySeparationOfDutiesException.openerCannotDecide(officer);
        }
        status = RecoveryStatus.APPROVED;
        approvedBy = officer;
        approvedAt = at;
        receivableSequence = receivableEntry;
    }

    /** Checks, before anything is booked, that {@code officer} may approve or reject this recovery now. */
    void requireDecidableBy(String officer, String action) {
        requireStatus(RecoveryStatus.OPENED, action);
        if (officer.equals(openedBy)) {
            throw RecoverySeparationOfDutiesException.openerCannotDecide(officer);
        }
    }

    /** Another officer than the opener refuses the recovery; nothing was booked. */
    void reject(String officer, String why, Instant at) {
        requireDecidableBy(officer, "reject");
        close(RecoveryStatus.REJECTED, officer, why, at);
    }

    /** The opener takes the recovery back before it is decided; nothing was booked. */
    void withdraw(String officer, String why, Instant at) {
        requireStatus(RecoveryStatus.OPENED, "withdraw");
        if (!officer.equals(openedBy)) {
            throw RecoverySeparationOfDutiesException.onlyOpenerWithdraws(officer, openedBy);
        }
        close(RecoveryStatus.WITHDRAWN, officer, why, at);
    }

    /** Checks, before anything is booked, that a receipt of {@code amount} may be recorded now. */
    void requireReceivable(Money amount) {
        if (!status.receivable()) {
            throw new StateTransitionRefusedException(ENTITY, status, "record a receipt");
        }
        if (amount.currency() != currency || amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a receipt is a positive amount in the recovery's currency");
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new RecoveryReceiptExceedsOutstandingException(outstanding().toString());
        }
    }

    /** A repayment of {@code amount} was received; the recovery is recovered once nothing is outstanding. */
    void received(Money amount) {
        requireReceivable(amount);
        recoveredMinor = Math.addExact(recoveredMinor, amount.minorUnits());
        status = recoveredMinor == amountMinor ? RecoveryStatus.RECOVERED : RecoveryStatus.PARTIALLY_RECOVERED;
    }

    private void close(RecoveryStatus to, String officer, String why, Instant at) {
        status = to;
        closedBy = officer;
        closedAt = at;
        closingReason = why;
    }

    private void requireStatus(RecoveryStatus expected, String action) {
        if (status != expected) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public Money recovered() {
        return Money.ofMinor(recoveredMinor, currency);
    }

    /** What the company still owes: nothing unless approved. */
    public Money outstanding() {
        return status.receivable() ? Money.ofMinor(amountMinor - recoveredMinor, currency) : Money.zero(currency);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCompanyId() {
        return companyId;
    }

    public CountryCode getCountry() {
        return country;
    }

    public Long getRoundId() {
        return roundId;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public RecoveryStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Long getReceivableSequence() {
        return receivableSequence;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }
}
