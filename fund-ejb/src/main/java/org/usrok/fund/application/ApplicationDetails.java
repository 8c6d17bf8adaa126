package org.usrok.fund.application;

import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one application that its company and the officers see, with its attachments. */
public record ApplicationDetails(long id, long version, long roundId, String roundName, long companyId,
                                 String companyName, CountryCode country, ApplicationStatus status,
                                 String planSummary, LocalDate planStartsOn, LocalDate planEndsOn,
                                 List<String> materials, List<Source> currentSources, List<Source> targetSources,
                                 Instant submittedAt, String submittedBy, String reviewer, String decidedBy,
                                 Instant decidedAt, String decisionReason, List<AttachmentSummary> attachments) implements Serializable {

    /** A supply source of the plan. */
    public record Source(String country, String supplier, BigDecimal sharePercent) implements Serializable {
    }

    /**
     * The application as its company sees it: the reviewer and the deciding officer appear as
     * their government's officer role ({@code OFFICER_US}/{@code OFFICER_KR}), never by login name.
     */
    public ApplicationDetails asSeenByCompany() {
        String role = Role.officerOf(country).name();
        return new ApplicationDetails(id, version, roundId, roundName, companyId, companyName, country, status,
                planSummary, planStartsOn, planEndsOn, materials, currentSources, targetSources, submittedAt,
                submittedBy, reviewer == null ? null : role, decidedBy == null ? null : role, decidedAt,
                decisionReason, attachments);
    }

    static ApplicationDetails of(FundApplication a, String roundName, String companyName,
                                 List<AttachmentSummary> attachments) {
        return new ApplicationDetails(a.getId(), a.getVersion(), a.getRoundId(), roundName, a.getCompanyId(),
                companyName, a.getCountry(), a.getStatus(), a.getPlanSummary(), a.getPlanStartsOn(),
                a.getPlanEndsOn(), a.getMaterials().stream().sorted().toList(), sources(a, SupplySource.Kind.CURRENT),
                sources(a, SupplySource.Kind.TARGET), a.getSubmittedAt(), a.getSubmittedBy(), a.getReviewer(),
                a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason(), attachments);
    }

    private static List<Source> sources(FundApplication a, SupplySource.Kind kind) {
        return a.getSources().stream().filter(s -> s.getKind() == kind)
                .map(s -> new Source(s.getCountry(), s.getSupplier(), s.getSharePercent())).toList();
    }
}
