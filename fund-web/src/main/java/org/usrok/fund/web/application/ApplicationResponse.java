package org.usrok.fund.web.application;

import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.attachment.AttachmentResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An application with its plan, review and decision, and its attachments. */
public record ApplicationResponse(long id, long version, long roundId, String roundName, long companyId,
                                  String companyName, CountryCode country, ApplicationStatus status, PlanResponse plan,
                                  Instant submittedAt, String submittedBy, String reviewer, String decidedBy,
                                  Instant decidedAt, String decisionReason, List<AttachmentResponse> attachments) implements Serializable {

    static ApplicationResponse of(ApplicationDetails d) {
        return new ApplicationResponse(d.id(), d.version(), d.roundId(), d.roundName(), d.companyId(), d.companyName(),
                d.country(), d.status(), PlanResponse.of(d), d.submittedAt(), d.submittedBy(), d.reviewer(),
                d.decidedBy(), d.decidedAt(), d.decisionReason(),
                d.attachments().stream().map(AttachmentResponse::of).toList());
    }
}
