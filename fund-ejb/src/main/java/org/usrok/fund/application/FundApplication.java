package org.usrok.fund.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A company's application to a round. The company drafts and submits it (after the eligibility
 * screen); an officer of the company's country takes it under review and approves, rejects or
 * returns it for correction; a returned application is corrected and submitted again. Only an
 * approved application lets the company file claims. A company has one open (not rejected)
 * application per round: the {@code open_marker} column, unique with round and company, makes the
 * database refuse a second one even under concurrent requests.
 */
@Entity
@Table(name = "fund_application")
public class FundApplication extends AuditColumns {

    public static final String ENTITY = "FundApplication";
    private static final String OPEN = "OPEN";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_application_seq")
    @SequenceGenerator(name = "fund_application_seq", sequenceName = "fund_application_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "open_marker", length = 4)
    private String openMarker;

    @Column(name = "plan_summary", nullable = false, length = 4000)
    private String planSummary;

    @Column(name = "plan_starts_on", nullable = false)
    private LocalDate planStartsOn;

    @Column(name = "plan_ends_on", nullable = false)
    private LocalDate planEndsOn;

    // lazy: filing a claim against the application reads neither collection (issue 16)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_material", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "material_code", length = 40)
    private Set<String> materials = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_source", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<SupplySource> sources = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(length = 64)
    private String reviewer;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    protected FundApplication() {
    }

    static FundApplication start(long roundId, long companyId, CountryCode country, CheckedPlan plan) {
        FundApplication application = new FundApplication();
        application.roundId = roundId;
        application.companyId = companyId;
        application.country = country;
        application.status = ApplicationStatus.DRAFT;
        application.openMarker = OPEN;
        application.applyPlan(plan);
        return application;
    }

    /** The company corrects its plan, while it is a draft or has been returned to it. */
    void revisePlan(CheckedPlan plan) {
        requireEditable("revise");
        applyPlan(plan);
    }

    private void applyPlan(CheckedPlan plan) {
        planSummary = plan.summary();
        planStartsOn = plan.startsOn();
        planEndsOn = plan.endsOn();
        materials.clear();
        materials.addAll(plan.materials());
        sources.clear();
        sources.addAll(plan.sources());
    }

    /** Submits, or resubmits after a return: the earlier decision is history (in the audit trail), not current. */
    void submit(String by, Instant at) {
        requireEditable("submit");
        status = ApplicationStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        reviewer = null;
        decidedBy = null;
        decidedAt = null;
        decisionReason = null;
    }

    void startReview(String officer) {
        requireStatus(ApplicationStatus.SUBMITTED, "start review");
        status = ApplicationStatus.UNDER_REVIEW;
        reviewer = officer;
    }

    void decide(ReviewDecision decision, String officer, String reason, Instant at) {
        requireStatus(ApplicationStatus.UNDER_REVIEW, decision.name().toLowerCase());
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw new ReasonRequiredException("reason");
        }
        status = switch (decision) {
            case APPROVE -> ApplicationStatus.APPROVED;
            case REJECT -> ApplicationStatus.REJECTED;
            case RETURN -> ApplicationStatus.RETURNED;
        };
        if (status == ApplicationStatus.REJECTED) {
            openMarker = null;
        }
        decidedBy = officer;
        decidedAt = at;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    boolean isEditable() {
        return status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED;
    }

    private void requireEditable(String action) {
        if (!isEditable()) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    private void requireStatus(ApplicationStatus expected, String action) {
        if (status != expected) {
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

    public long getCompanyId() {
        return companyId;
    }

    public CountryCode getCountry() {
        return country;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getPlanSummary() {
        return planSummary;
    }

    public LocalDate getPlanStartsOn() {
        return planStartsOn;
    }

    public LocalDate getPlanEndsOn() {
        return planEndsOn;
    }

    public Set<String> getMaterials() {
        return Set.copyOf(materials);
    }

    public List<SupplySource> getSources() {
        return List.copyOf(sources);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewer() {
        return reviewer;
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
