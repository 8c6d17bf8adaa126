package org.usrok.fund.allocation;

import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A scenario in a round's list: its choices, status and what it distributes per payment currency. */
public record ScenarioSummary(long id, long version, long roundId, String name, AllocationMethod method,
                              EvenBasis evenBasis, PoolMode poolMode, ScenarioStatus status, int claimCount,
                              List<Money> distributed, String createdBy, Instant createdAt) implements Serializable {

    static ScenarioSummary of(AllocationScenario s, List<Money> distributed) {
        return new ScenarioSummary(s.getId(), s.getVersion(), s.getRoundId(), s.getName(), s.getMethod(),
                s.getEvenBasis(), s.getPoolMode(), s.getStatus(), s.getClaimCount(), distributed,
                s.getCreatedBy(), s.getCreatedAt());
    }
}
