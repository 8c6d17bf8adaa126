package org.usrok.fund.disbursement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayableAccount;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One credit transfer to one company in a batch: the sum of the claims' shares it carries, paid to
 * the payout account that was verified when the batch was prepared. The account is copied into the
 * payment (holder, scheme, bank, account, and the account's id and version), so the file pays
 * exactly what was checked; if the company's payable account is no longer that same version at
 * release, the payment is held rather than sent to an account nobody verified. A payment whose money
 * did not arrive (held, returned, rejected, cancelled) frees its shares, so they can be paid again;
 * a live one keeps them, and the database refuses a second live item for the same claim.
 */
@Entity
@Table(name = "payment")
public class Payment extends AuditColumns {

    public static final String ENTITY = "Payment";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private long batchId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private CurrencyCode currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "end_to_end_id", nullable = false, length = 35, updatable = false)
    private String endToEndId;

    @Column(name = "payout_account_id", nullable = false, updatable = false)
    private long payoutAccountId;

    @Column(name = "payout_account_version", nullable = false, updatable = false)
    private long payoutAccountVersion;

    @Column(name = "holder_name", nullable = false, length = 140, updatable = false)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private AccountScheme scheme;

    @Column(name = "bank_identifier", length = 11, updatable = false)
    private String bankIdentifier;

    @Column(name = "account_identifier", nullable = false, length = 34, updatable = false)
    private String accountIdentifier;

    @Column(length = 11, updatable = false)
    private String bic;

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_country", length = 2, updatable = false)
    private CountryCode bankCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentStatus status;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "status_recorded_by", length = 64)
    private String statusRecordedBy;

    @Column(name = "status_recorded_at")
    private Instant statusRecordedAt;

    @Column(name = "bank_reference", length = 140)
    private String bankReference;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "return_ledger_sequence")
    private Long returnLedgerSequence;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    @OrderBy("claimId")
    private List<PaymentItem> items = new ArrayList<>();

    protected Payment() {
    }

    /** A prepared payment of the given shares (all of the batch's currency) to the company's payable account. */
    Payment(long batchId, PayableAccount account, long scenarioId, List<ClaimShare> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("A payment carries at least one share");
        }
        this.batchId = batchId;
        this.companyId = account.companyId();
        this.currency = account.currency();
        this.payoutAccountId = account.accountId();
        this.payoutAccountVersion = account.accountVersion();
        this.holderName = account.holderName();
        this.scheme = account.scheme();
        this.bankIdentifier = account.bankIdentifier();
        this.accountIdentifier = account.accountIdentifier();
        this.bic = account.bic();
        this.bankCountry = account.bankCountry();
        this.endToEndId = endToEndId(batchId, companyId);
        this.status = PaymentStatus.PREPARED;
        long sum = 0;
        for (ClaimShare share : shares) {
            if (share.companyId() != companyId || share.share().currency() != currency) {
                throw new IllegalArgumentException("Share of claim " + share.claimId() + " is not the company's "
                        + currency + " share");
            }
            sum = Math.addExact(sum, share.share().minorUnits());
            items.add(new PaymentItem(this, scenarioId, share.claimId(), share.share().minorUnits()));
        }
        this.amountMinor = sum;
    }

    /**
     * The end-to-end reference the bank carries to the company and back in its status reports:
     * {@code FUND-B<batch>-C<company>}, unique because a batch pays a company once (at most 35
     * characters, ISO 20022 Max35Text, for ids below 10^13).
     */
    static String endToEndId(long batchId, long companyId) {
        return "FUND-B" + batchId + "-C" + companyId;
    }

    /** True when the company's payable account is still exactly the one this payment was prepared for. */
    boolean paysTo(PayableAccount current) {
        return current != null && current.accountId() == payoutAccountId
                && current.accountVersion() == payoutAccountVersion;
    }

    void hold(String reason, String officer, Instant at) {
        requireStatus(PaymentStatus.PREPARED, "hold");
        this.status = PaymentStatus.HELD;
        this.statusReason = reason;
        this.statusRecordedBy = officer;
        this.statusRecordedAt = at;
        freeItems();
    }

    void release() {
        requireStatus(PaymentStatus.PREPARED, "release");
        this.status = PaymentStatus.RELEASED;
    }

    void cancel(String officer, Instant at) {
        requireStatus(PaymentStatus.PREPARED, "cancel");
        this.status = PaymentStatus.CANCELLED;
        this.statusRecordedBy = officer;
        this.statusRecordedAt = at;
        freeItems();
    }

    /** The bank confirmed the credit. Only a released payment is paid; recording it twice is refused. */
    void paid(LocalDate date, String bankReference, String officer, Instant at) {
        requireStatus(PaymentStatus.RELEASED, "record as paid");
        this.status = PaymentStatus.PAID;
        record(date, bankReference, null, officer, at);
    }

    /**
     * The money came back (returned, even after it was reported paid) or the bank refused it
     * (rejected, before it was paid): the payment no longer holds its shares, which become payable
     * again, and {@code returnEntry} is the ledger entry that put the money back.
     */
    void returned(PaymentOutcome outcome, LocalDate date, String bankReference, String reason, long returnEntry,
                  String officer, Instant at) {
        boolean allowed = outcome == PaymentOutcome.RETURNED
                ? status == PaymentStatus.RELEASED || status == PaymentStatus.PAID
                : status == PaymentStatus.RELEASED;
        if (!allowed) {
            throw new StateTransitionRefusedException(ENTITY, status,
                    outcome == PaymentOutcome.RETURNED ? "record as returned" : "record as rejected");
        }
        this.status = outcome.status();
        this.returnLedgerSequence = returnEntry;
        record(date, bankReference, reason, officer, at);
        freeItems();
    }

    /** Whether the bank's report may be recorded on a payment in this status (same checks as the transitions). */
    boolean accepts(PaymentOutcome outcome) {
        return switch (outcome) {
            case PAID, REJECTED -> status == PaymentStatus.RELEASED;
            case RETURNED -> status == PaymentStatus.RELEASED || status == PaymentStatus.PAID;
        };
    }

    private void record(LocalDate date, String bankReference, String reason, String officer, Instant at) {
        this.statusDate = date;
        this.bankReference = bankReference;
        this.statusReason = reason;
        this.statusRecordedBy = officer;
        this.statusRecordedAt = at;
    }

    private void freeItems() {
        items.forEach(PaymentItem::free);
    }

    private void requireStatus(PaymentStatus required, String action) {
        if (status != required) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String getEndToEndId() {
        return endToEndId;
    }

    public long getPayoutAccountId() {
        return payoutAccountId;
    }

    public long getPayoutAccountVersion() {
        return payoutAccountVersion;
    }

    public String getHolderName() {
        return holderName;
    }

    public AccountScheme getScheme() {
        return scheme;
    }

    public String getBankIdentifier() {
        return bankIdentifier;
    }

    public String getAccountIdentifier() {
        return accountIdentifier;
    }

    public String getBic() {
        return bic;
    }

    public CountryCode getBankCountry() {
        return bankCountry;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public String getStatusRecordedBy() {
        return statusRecordedBy;
    }

    public Instant getStatusRecordedAt() {
        return statusRecordedAt;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getReturnLedgerSequence() {
        return returnLedgerSequence;
    }

    public List<PaymentItem> getItems() {
        return List.copyOf(items);
    }
}
