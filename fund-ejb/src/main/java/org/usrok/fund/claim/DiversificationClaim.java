package org.usrok.fund.claim;

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
import org.hibernate.annotations.ListIndexBase;
import org.usrok.fund.application.ReasonRequiredException;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim for the extra cost a company bore to diversify its supply, under its approved
 * application. The company drafts and submits it within the round's claim window; an officer of
 * the company's country takes it under review and sets an approved amount for every line (0 up to
 * the claimed amount, a reason for every reduction), or returns it for correction; a second
 * officer of that country, never the reviewer, approves or rejects the reviewed claim. Amounts
 * are kept in minor units of the company's currency (cents or won). A claim waiting for review
 * longer than the SLA is marked overdue until the review is done.
 */
@Entity
@Table(name = "diversification_claim")
public class DiversificationClaim extends AuditColumns {

    public static final String ENTITY = "DiversificationClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "diversification_claim_seq")
    @SequenceGenerator(name = "diversification_claim_seq", sequenceName = "diversification_claim_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3, updatable = false)
    private CurrencyCode currency;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimStatus status;

    @Column(name = "claimed_minor", nullable = false)
    private long claimedMinor;

    @Column(name = "approved_minor")
    private Long approvedMinor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    @ListIndexBase(1)
    private List<ClaimLine> lines = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(length = 64)
    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(length = 64)
    private String approver;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    protected DiversificationClaim() {
    }

    static DiversificationClaim file(long roundId, long applicationId, long companyId, CountryCode country,
                                     String title, List<ClaimLine> lines) {
        DiversificationClaim claim = new DiversificationClaim();
        claim.roundId = roundId;
        claim.applicationId = applicationId;
        claim.companyId = companyId;
        claim.country = country;
        claim.currency = country.currency();
        claim.status = ClaimStatus.DRAFT;
        claim.replaceLines(title, lines);
        return claim;
    }

    /** The company rewrites a draft or a returned claim. */
    void revise(String newTitle, List<ClaimLine> newLines) {
        requireEditable("revise");
        replaceLines(newTitle, newLines);
    }

    private void replaceLines(String newTitle, List<ClaimLine> newLines) {
        title = newTitle;
        lines.clear();
        lines.addAll(newLines);
        claimedMinor = newLines.stream().mapToLong(ClaimLine::getClaimedMinor).reduce(0, Math::addExact);
        approvedMinor = null;
    }

    /** Submits, or resubmits after a return: the return's reason is history (in the audit trail), not current. */
    void submit(Instant at) {
        requireEditable("submit");
        status = ClaimStatus.SUBMITTED;
        submittedAt = at;
        reviewer = null;
        reviewedAt = null;
        approver = null;
        decidedAt = null;
        decisionReason = null;
        overdueSince = null;
    }

    void startReview(String officer) {
        requireStatus(ClaimStatus.SUBMITTED, "start review");
        status = ClaimStatus.IN_REVIEW;
        reviewer = officer;
    }

    /** The reviewer's approved amount for every line; a reduction needs a reason. */
    void completeReview(String officer, List<LineReview> reviews, Instant at) {
        requireStatus(ClaimStatus.IN_REVIEW, "complete review");
        requireReviewer(officer);
        Map<Integer, LineReview> byLine = new HashMap<>();
        for (LineReview review : reviews) {
            if (review.lineNo() > lines.size() || byLine.put(review.lineNo(), review) != null) {
                throw new ClaimLineInvalidException(review.lineNo(), "lineNo", "error.review.lineUnknown");
            }
        }
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            LineReview review = byLine.get(lineNo);
            if (review == null) {
                throw new ClaimLineInvalidException(lineNo, "approvedAmount", "error.review.lineMissing");
            }
            ClaimLine line = lines.get(i);
            String field = "lines[" + i + "].approvedAmount";
            Money approved = InvalidAmountException.require(field, review.approvedAmount(), currency, true);
            if (approved.minorUnits() > line.getClaimedMinor()) {
                throw new ClaimLineInvalidException(lineNo, "approvedAmount", "error.review.aboveClaimed");
            }
            boolean reduced = approved.minorUnits() < line.getClaimedMinor();
            if (reduced && (review.reason() == null || review.reason().isBlank())) {
                throw new ReasonRequiredException("lines[" + i + "].reason");
            }
            line.approve(approved.minorUnits(), reduced ? review.reason().strip() : null);
            total = Math.addExact(total, approved.minorUnits());
        }
        approvedMinor = total;
        status = ClaimStatus.REVIEWED;
        reviewedAt = at;
        overdueSince = null;
    }

    /** The reviewer sends the claim back to the company for correction. */
    void returnForCorrection(String officer, String reason, Instant at) {
        requireStatus(ClaimStatus.IN_REVIEW, "return");
        requireReviewer(officer);
        requireReason(reason);
        lines.forEach(ClaimLine::clearReview);
        approvedMinor = null;
        status = ClaimStatus.RETURNED;
        decisionReason = reason.strip();
        decidedAt = at;
        overdueSince = null;
    }

    /** A second officer approves the reviewed amounts: never the reviewer. */
    void approve(String officer, String reason, Instant at) {
        requireStatus(ClaimStatus.REVIEWED, "approve");
        if (officer.equals(reviewer)) {
            throw SeparationOfDutiesException.reviewerCannotApprove(officer);
        }
        status = ClaimStatus.APPROVED;
        approver = officer;
        decidedAt = at;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Rejection: by the reviewer during review, or by a second officer after it. */
    void reject(String officer, String reason, Instant at) {
        requireReason(reason);
        if (status == ClaimStatus.IN_REVIEW) {
            requireReviewer(officer);
        } else if (status == ClaimStatus.REVIEWED) {
            if (officer.equals(reviewer)) {
                throw SeparationOfDutiesException.reviewerCannotApprove(officer);
            }
            approver = officer;
        } else {
            throw new StateTransitionRefusedException(ENTITY, status, "reject");
        }
        status = ClaimStatus.REJECTED;
        decidedAt = at;
        decisionReason = reason.strip();
        overdueSince = null;
    }

    /** Marks the claim overdue if it still waits for review; true when it was newly marked. */
    boolean markOverdue(Instant at) {
        if (!status.awaitsReview() || overdueSince != null) {
            return false;
        }
        overdueSince = at;
        return true;
    }

    boolean isEditable() {
        return status == ClaimStatus.DRAFT || status == ClaimStatus.RETURNED;
    }

    private void requireEditable(String action) {
        if (!isEditable()) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    private void requireStatus(ClaimStatus expected, String action) {
        if (status != expected) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    private void requireReviewer(String officer) {
        if (!officer.equals(reviewer)) {
            throw SeparationOfDutiesException.notTheReviewer(officer, reviewer);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException("reason");
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

    public long getApplicationId() {
        return applicationId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public CountryCode getCountry() {
        return country;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public String getTitle() {
        return title;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Money getClaimed() {
        return Money.ofMinor(claimedMinor, currency);
    }

    /** The approved total, once reviewed. */
    public Money getApproved() {
        return approvedMinor == null ? null : Money.ofMinor(approvedMinor, currency);
    }

    public List<ClaimLine> getLines() {
        return List.copyOf(lines);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getApprover() {
        return approver;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }
}
