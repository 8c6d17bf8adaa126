package org.usrok.fund.claim;

import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about a claim that its company and the officers see: lines, amounts, decisions, evidence. */
public record ClaimDetails(long id, long version, long roundId, String roundName, long applicationId,
                           long companyId, String companyName, CountryCode country, CurrencyCode currency,
                           String title, ClaimStatus status, Money claimed, Money approved, List<Line> lines,
                           Instant submittedAt, String reviewer, Instant reviewedAt, String approver,
                           Instant decidedAt, String decisionReason, Instant overdueSince,
                           List<AttachmentSummary> attachments) implements Serializable {

    /** One line, numbered from 1, with its approved amount once reviewed. */
    public record Line(int lineNo, String category, String description, LocalDate periodStartsOn,
                       LocalDate periodEndsOn, BigDecimal oldUnitPrice, BigDecimal newUnitPrice,
                       BigDecimal quantity, Money claimed, Money approved, String reductionReason) implements Serializable {
    }

    /**
     * The claim as its company sees it: the reviewer and approver appear as their government's
     * officer role ({@code OFFICER_US}/{@code OFFICER_KR}, the claim's country: officers act only
     * on their own country's claims), never by login name.
     */
    public ClaimDetails asSeenByCompany() {
        String role = Role.officerOf(country).name();
        return new ClaimDetails(id, version, roundId, roundName, applicationId, companyId, companyName, country,
                currency, title, status, claimed, approved, lines, submittedAt, reviewer == null ? null : role,
                reviewedAt, approver == null ? null : role, decidedAt, decisionReason, overdueSince, attachments);
    }

    static ClaimDetails of(DiversificationClaim c, String roundName, String companyName,
                           List<AttachmentSummary> attachments) {
        var lines = c.getLines();
        var out = new java.util.ArrayList<Line>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine l = lines.get(i);
            out.add(new Line(i + 1, l.getCategory(), l.getDescription(), l.getPeriodStartsOn(), l.getPeriodEndsOn(),
                    strip(l.getOldUnitPrice()), strip(l.getNewUnitPrice()), strip(l.getQuantity()),
                    Money.ofMinor(l.getClaimedMinor(), c.getCurrency()),
                    l.getApprovedMinor() == null ? null : Money.ofMinor(l.getApprovedMinor(), c.getCurrency()),
                    l.getReductionReason()));
        }
        return new ClaimDetails(c.getId(), c.getVersion(), c.getRoundId(), roundName, c.getApplicationId(),
                c.getCompanyId(), companyName, c.getCountry(), c.getCurrency(), c.getTitle(), c.getStatus(),
                c.getClaimed(), c.getApproved(), List.copyOf(out), c.getSubmittedAt(), c.getReviewer(),
                c.getReviewedAt(), c.getApprover(), c.getDecidedAt(), c.getDecisionReason(), c.getOverdueSince(),
                attachments);
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
