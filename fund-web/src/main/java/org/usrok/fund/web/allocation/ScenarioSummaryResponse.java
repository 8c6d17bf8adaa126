package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ScenarioSummary;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A scenario in a round's list. */
public record ScenarioSummaryResponse(long id, long version, long roundId, String name, AllocationMethod method,
                                      EvenBasis evenBasis, PoolMode poolMode, ScenarioStatus status, int claimCount,
                                      List<MoneyResponse> distributed, String createdBy, Instant createdAt) implements Serializable {

    static ScenarioSummaryResponse of(ScenarioSummary s) {
        return new ScenarioSummaryResponse(s.id(), s.version(), s.roundId(), s.name(), s.method(), s.evenBasis(),
                s.poolMode(), s.status(), s.claimCount(), s.distributed().stream().map(MoneyResponse::of).toList(),
                s.createdBy(), s.createdAt());
    }
}
