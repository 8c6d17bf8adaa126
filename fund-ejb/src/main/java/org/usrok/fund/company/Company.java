package org.usrok.fund.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A company of one of the two countries that asks the fund for support. It is registered by its
 * own company user and must be verified by an officer of the same country before it can take part
 * in a round: verification is the point where a government vouches that the company and its
 * identifiers are genuine. Each identifier is unique across all companies (compared without case
 * or punctuation), so one legal entity cannot register twice.
 */
@Entity
@Table(name = "company")
public class Company extends AuditColumns {

    static final String ENTITY = "Company";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Column(length = 10)
    private String ein;

    @Column(name = "ein_key", unique = true, length = 9)
    private String einKey;

    @Column(length = 12)
    private String uei;

    @Column(name = "uei_key", unique = true, length = 12)
    private String ueiKey;

    @Column(length = 12)
    private String brn;

    @Column(name = "brn_key", unique = true, length = 10)
    private String brnKey;

    @Embedded
    private PostalAddress address;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_sector", nullable = false, length = 40)
    private IndustrySector industrySector;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CompanyStatus status;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected Company() {
    }

    private Company(String legalName, CountryCode country, EmployerIdentificationNumber ein, UniqueEntityId uei,
                    BusinessRegistrationNumber brn, PostalAddress address, IndustrySector sector,
                    String contactName, String contactEmail, String registeredBy) {
        this.legalName = legalName;
        this.country = country;
        if (ein != null) {
            this.ein = ein.value();
            this.einKey = ein.uniquenessKey();
        }
        if (uei != null) {
            this.uei = uei.value();
            this.ueiKey = uei.uniquenessKey();
        }
        if (brn != null) {
            this.brn = brn.value();
            this.brnKey = brn.uniquenessKey();
        }
        this.address = address;
        this.industrySector = sector;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.registeredBy = registeredBy;
        this.status = CompanyStatus.PENDING;
    }

    /** A newly registered company, pending verification by an officer of its country. */
    public static Company register(RegisterCompany command, String registeredBy) {
        return new Company(command.legalName().strip(), command.country(),
                blank(command.ein()) ? null : EmployerIdentificationNumber.of(command.ein()),
                blank(command.uei()) ? null : UniqueEntityId.of(command.uei()),
                blank(command.brn()) ? null : BusinessRegistrationNumber.of(command.brn()),
                new PostalAddress(command.street().strip(), command.city().strip(),
                        blank(command.region()) ? null : command.region().strip(), command.postalCode().strip()),
                command.industrySector(), command.contactName().strip(), command.contactEmail().strip(),
                registeredBy);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An officer confirms the company and its identifiers are genuine. Only a pending company is verified. */
    public void verify(String officer) {
        decide(CompanyStatus.VERIFIED, officer, null, "verify");
    }

    /** An officer refuses the registration, saying why; the company user sees the reason. */
    public void reject(String officer, String reason) {
        decide(CompanyStatus.REJECTED, officer, reason, "reject");
    }

    private void decide(CompanyStatus outcome, String officer, String reason, String action) {
        if (status != CompanyStatus.PENDING) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
        this.status = outcome;
        this.decidedBy = officer;
        this.decidedAt = Clock.now();
        this.decisionReason = reason;
    }

    /** The normalised keys of the identifiers this company has, which must be unique across companies. */
    Map<IdentifierType, String> uniquenessKeys() {
        Map<IdentifierType, String> keys = new EnumMap<>(IdentifierType.class);
        if (einKey != null) {
            keys.put(IdentifierType.EIN, einKey);
        }
        if (ueiKey != null) {
            keys.put(IdentifierType.UEI, ueiKey);
        }
        if (brnKey != null) {
            keys.put(IdentifierType.BRN, brnKey);
        }
        return keys;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLegalName() {
        return legalName;
    }

    public CountryCode getCountry() {
        return country;
    }

    public String getEin() {
        return ein;
    }

    public String getUei() {
        return uei;
    }

    public String getBrn() {
        return brn;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public IndustrySector getIndustrySector() {
        return industrySector;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public CompanyStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
