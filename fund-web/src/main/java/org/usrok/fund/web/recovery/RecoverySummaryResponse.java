package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.recovery.RecoverySummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;

/** One row of {@code GET /api/recoveries}. */
public record RecoverySummaryResponse(long id, long version, long companyId, String companyName, CountryCode country,
                                      Long roundId, MoneyResponse amount, MoneyResponse recovered,
                                      MoneyResponse outstanding, RecoveryStatus status, String reason,
                                      String openedBy, Instant openedAt) implements Serializable {

    static RecoverySummaryResponse of(RecoverySummary s) {
        return new RecoverySummaryResponse(s.id(), s.version(), s.companyId(), s.companyName(), s.country(),
                s.roundId(), MoneyResponse.of(s.amount()), MoneyResponse.of(s.recovered()),
                MoneyResponse.of(s.outstanding()), s.status(), s.reason(), s.openedBy(), s.openedAt());
    }
}
