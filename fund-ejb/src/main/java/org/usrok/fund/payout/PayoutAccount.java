package org.usrok.fund.payout;

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
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;

/**
 * A bank account a company asks to be paid to in one currency. Changing where public money goes
 * is the classic point of payment fraud, so an account is never paid on the company's word alone:
 * an officer of the company's own country verifies every new or changed account first.
 * <p>
 * A company has at most one <em>current</em> account per currency (the database's unique key on
 * {@code (company_id, current_currency)} holds it even under concurrent registrations): the newest
 * one it registered that is not rejected. Registering a new account makes it the current one at
 * once, so the company is not payable in that currency until the new account is verified, even
 * though the previous account stays {@link PayoutAccountStatus#VERIFIED} meanwhile. When the new
 * account is verified, the previous verified one becomes {@link PayoutAccountStatus#SUPERSEDED}
 * (kept as history, never paid again); a still-pending account that a newer registration replaces
 * is superseded at once. When the new account is rejected, the previous verified account (if any)
 * becomes current again: the refused change never happened.
 * <p>
 * Values are stored normalised (digits only, IBAN without spaces, upper case); validation happens
 * in {@link PayoutAccountRules} before an account is built.
 */
@Entity
@Table(name = "payout_account")
public class PayoutAccount extends AuditColumns {

    public static final String ENTITY = "PayoutAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_account_seq")
    @SequenceGenerator(name = "payout_account_seq", sequenceName = "payout_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_country", nullable = false, length = 2, updatable = false)
    private CountryCode companyCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private CurrencyCode currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private AccountScheme scheme;

    @Column(name = "holder_name", nullable = false, length = 140, updatable = false)
    private String holderName;

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
    @Column(nullable = false, length = 24)
    private PayoutAccountStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_currency", length = 3)
    private CurrencyCode currentCurrency;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "registered_by", nullable = false, length = 64, updatable = false)
    private String registeredBy;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "rejected_by", length = 64)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected PayoutAccount() {
    }

    private PayoutAccount(long companyId, CountryCode companyCountry, AccountDetails details, Long replacesId,
                          String registeredBy) {
        this.companyId = companyId;
        this.companyCountry = companyCountry;
        this.currency = details.currency();
        this.scheme = details.scheme();
        this.holderName = details.holderName();
        this.bankIdentifier = details.bankIdentifier();
        this.accountIdentifier = details.accountIdentifier();
        this.bic = details.bic();
        this.bankCountry = details.bankCountry();
        this.replacesId = replacesId;
        this.registeredBy = registeredBy;
        this.status = PayoutAccountStatus.PENDING_VERIFICATION;
        this.currentCurrency = details.currency();
    }

    /**
     * A newly registered account, current at once and pending verification. The caller has already
     * taken the current status away from {@code replaced} (see {@link #stepAsideFor()}).
     */
    static PayoutAccount register(long companyId, CountryCode companyCountry, AccountDetails details,
                                  PayoutAccount replaced, String registeredBy) {
        return new PayoutAccount(companyId, companyCountry, details, replaced == null ? null : replaced.getId(),
                registeredBy);
    }

    /**
     * A newer account of the same currency takes this one's place as current. A verified account
     * stays verified (it is superseded when the newer one is verified, or current again if that is
     * rejected); a pending one is superseded at once, since nobody will pay to it.
     */
    void stepAsideFor() {
        this.currentCurrency = null;
        if (status == PayoutAccountStatus.PENDING_VERIFICATION) {
            this.status = PayoutAccountStatus.SUPERSEDED;
            this.supersededAt = Clock.now();
        }
    }

    /** An officer of the company's country confirms the account. Only a pending, current account is verified. */
    void verify(String officer) {
        requirePending("verify");
        this.status = PayoutAccountStatus.VERIFIED;
        this.verifiedBy = officer;
        this.verifiedAt = Clock.now();
    }

    /** An officer refuses the account and says why; it stops being current and is never paid. */
    void reject(String officer, String reason) {
        requirePending("reject");
        this.status = PayoutAccountStatus.REJECTED;
        this.rejectedBy = officer;
        this.rejectedAt = Clock.now();
        this.rejectionReason = reason;
        this.currentCurrency = null;
    }

    /** The newer account of the same currency was verified: this verified account is history now. */
    void supersede() {
        if (status != PayoutAccountStatus.VERIFIED || currentCurrency != null) {
            throw new StateTransitionRefusedException(ENTITY, status, "supersede");
        }
        this.status = PayoutAccountStatus.SUPERSEDED;
        this.supersededAt = Clock.now();
    }

    /** The change that replaced this verified account was rejected: it is the current account again. */
    void reinstate() {
        if (status != PayoutAccountStatus.VERIFIED) {
            throw new StateTransitionRefusedException(ENTITY, status, "reinstate");
        }
        this.currentCurrency = currency;
    }

    private void requirePending(String action) {
        if (status != PayoutAccountStatus.PENDING_VERIFICATION || currentCurrency == null) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    /** True when money may be sent here: verified and still the company's current account. */
    public boolean isPayable() {
        return status == PayoutAccountStatus.VERIFIED && currentCurrency != null;
    }

    public boolean isCurrent() {
        return currentCurrency != null;
    }

    PayableAccount payable() {
        return new PayableAccount(id, version, companyId, currency, scheme, holderName, bankIdentifier,
                accountIdentifier, bic, bankCountry);
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

    public CountryCode getCompanyCountry() {
        return companyCountry;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public AccountScheme getScheme() {
        return scheme;
    }

    public String getHolderName() {
        return holderName;
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

    public PayoutAccountStatus getStatus() {
        return status;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public Instant getRejectedAt() {
        return rejectedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
