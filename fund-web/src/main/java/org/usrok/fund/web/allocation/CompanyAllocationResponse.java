package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.CompanyAllocation;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;

/** A company's committed share for one claim and how it was computed; {@code paid} so far. */
public record CompanyAllocationResponse(long roundId, String roundNameEn, String roundNameKo, long scenarioId,
                                        AllocationMethod method, EvenBasis evenBasis, PoolMode poolMode,
                                        String rateName, long claimId, String claimTitle, MoneyResponse approved,
                                        MoneyResponse poolShare, MoneyResponse share, String quota,
                                        long roundingAdjustment, boolean capped, boolean belowFloor,
                                        MoneyResponse paid, Instant committedAt) implements Serializable {

    static CompanyAllocationResponse of(CompanyAllocation a) {
        return new CompanyAllocationResponse(a.roundId(), a.roundNameEn(), a.roundNameKo(), a.scenarioId(), a.method(),
                a.evenBasis(), a.poolMode(), a.rateName(), a.claimId(), a.claimTitle(), MoneyResponse.of(a.approved()),
                MoneyResponse.of(a.poolShare()), MoneyResponse.of(a.share()), a.quota(), a.roundingAdjustment(),
                a.capped(), a.belowFloor(), MoneyResponse.of(a.paid()), a.committedAt());
    }
}
