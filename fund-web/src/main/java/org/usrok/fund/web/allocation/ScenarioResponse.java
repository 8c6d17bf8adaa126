package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.Decimals;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One scenario: its choices, pools and leftovers, the rate it cites, approvals, certificate
 * digests and the approved claims it does not include.
 */
public record ScenarioResponse(long id, long version, long roundId, String roundName, String name,
                               AllocationMethod method, EvenBasis evenBasis, PoolMode poolMode,
                               CurrencyCode poolCurrency, Long exchangeRateId, String rateName,
                               MoneyResponse companyCap, String capPercentOfPool, MoneyResponse floor,
                               MoneyResponse usPool, MoneyResponse krPool, int claimCount,
                               List<MoneyResponse> distributed, List<PoolResponse> pools, String inputsDigest,
                               String certificateDigest, ScenarioStatus status, String createdBy, Instant createdAt,
                               String proposedBy, Instant proposedAt, String usApprovedBy, Instant usApprovedAt,
                               String krApprovedBy, Instant krApprovedAt, String declinedBy, Instant declinedAt,
                               String declineReason, Instant committedAt, Long ledgerSequence,
                               List<Long> claimsNotIncluded) implements Serializable {

    static ScenarioResponse of(ScenarioDetails d) {
        return new ScenarioResponse(d.id(), d.version(), d.roundId(), d.roundName(), d.name(), d.method(),
                d.evenBasis(), d.poolMode(), d.poolCurrency(), d.exchangeRateId(), d.rateName(),
                MoneyResponse.of(d.companyCap()),
                d.capPercentOfPool() == null ? null : Decimals.plain(d.capPercentOfPool()), MoneyResponse.of(d.floor()),
                MoneyResponse.of(d.usPool()), MoneyResponse.of(d.krPool()), d.claimCount(),
                d.distributed().stream().map(MoneyResponse::of).toList(),
                d.pools().stream().map(PoolResponse::of).toList(), d.inputsDigest(), d.certificateDigest(), d.status(),
                d.createdBy(), d.createdAt(), d.proposedBy(), d.proposedAt(), d.usApprovedBy(), d.usApprovedAt(),
                d.krApprovedBy(), d.krApprovedAt(), d.declinedBy(), d.declinedAt(), d.declineReason(), d.committedAt(),
                d.ledgerSequence(), d.claimsNotIncluded());
    }
}
