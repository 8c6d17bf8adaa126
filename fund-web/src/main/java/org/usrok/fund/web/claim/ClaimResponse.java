package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.MoneyResponse;
import org.usrok.fund.web.attachment.AttachmentResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A claim with its lines, totals (claimed, and approved once reviewed), review, decision and attachments. */
public record ClaimResponse(long id, long version, long roundId, String roundName, long applicationId, long companyId,
                            String companyName, CountryCode country, CurrencyCode currency, String title,
                            ClaimStatus status, MoneyResponse claimed, MoneyResponse approved,
                            List<ClaimLineResponse> lines, Instant submittedAt, String reviewer, Instant reviewedAt,
                            String approver, Instant decidedAt, String decisionReason, Instant overdueSince,
                            List<AttachmentResponse> attachments) implements Serializable {

    static ClaimResponse of(ClaimDetails d) {
        return new ClaimResponse(d.id(), d.version(), d.roundId(), d.roundName(), d.applicationId(), d.companyId(),
                d.companyName(), d.country(), d.currency(), d.title(), d.status(), MoneyResponse.of(d.claimed()),
                MoneyResponse.of(d.approved()), d.lines().stream().map(ClaimLineResponse::of).toList(),
                d.submittedAt(), d.reviewer(), d.reviewedAt(), d.approver(), d.decidedAt(), d.decisionReason(),
                d.overdueSince(), d.attachments().stream().map(AttachmentResponse::of).toList());
    }
}
