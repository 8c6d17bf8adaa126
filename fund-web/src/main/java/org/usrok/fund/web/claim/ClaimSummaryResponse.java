package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.ClaimSummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;

/** One claim in a list or review queue; {@code overdue} when it has waited for review longer than the SLA. */
public record ClaimSummaryResponse(long id, long version, long roundId, String roundName, long companyId,
                                   String companyName, CountryCode country, String title, ClaimStatus status,
                                   MoneyResponse claimed, MoneyResponse approved, Instant submittedAt,
                                   String reviewer, boolean overdue, Instant overdueSince) implements Serializable {

    static ClaimSummaryResponse of(ClaimSummary s) {
        return new ClaimSummaryResponse(s.id(), s.version(), s.roundId(), s.roundName(), s.companyId(),
                s.companyName(), s.country(), s.title(), s.status(), MoneyResponse.of(s.claimed()),
                MoneyResponse.of(s.approved()), s.submittedAt(), s.reviewer(), s.overdue(), s.overdueSince());
    }
}
