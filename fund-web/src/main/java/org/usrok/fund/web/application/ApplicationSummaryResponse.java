package org.usrok.fund.web.application;

import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplicationSummary;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** One application in a list or review queue. */
public record ApplicationSummaryResponse(long id, long version, long roundId, String roundName, long companyId,
                                         String companyName, CountryCode country, ApplicationStatus status,
                                         Instant submittedAt, String reviewer, Instant updatedAt) implements Serializable {

    static ApplicationSummaryResponse of(ApplicationSummary s) {
        return new ApplicationSummaryResponse(s.id(), s.version(), s.roundId(), s.roundName(), s.companyId(),
                s.companyName(), s.country(), s.status(), s.submittedAt(), s.reviewer(), s.updatedAt());
    }
}
