package org.usrok.fund.allocation;

import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A scenario with everything an officer or auditor needs to judge it: the choices, the pools and
 * leftovers, the rate it cites, the approvals, the certificate's digests, and the claims approved
 * since it was simulated that it does not include ({@code claimsNotIncluded}: a committed
 * allocation never silently takes them in).
 */
public record ScenarioDetails(long id, long version, long roundId, String roundName, String name,
                              AllocationMethod method, EvenBasis evenBasis, PoolMode poolMode,
                              CurrencyCode poolCurrency, Long exchangeRateId, String rateName,
                              Money companyCap, BigDecimal capPercentOfPool, Money floor,
                              Money usPool, Money krPool, int claimCount, List<Money> distributed,
                              List<PoolSummary> pools, String inputsDigest, String certificateDigest,
                              ScenarioStatus status, String createdBy, Instant createdAt,
                              String proposedBy, Instant proposedAt, String usApprovedBy, Instant usApprovedAt,
                              String krApprovedBy, Instant krApprovedAt, String declinedBy, Instant declinedAt,
                              String declineReason, Instant committedAt, Long ledgerSequence,
                              List<Long> claimsNotIncluded) implements Serializable {

    static ScenarioDetails of(AllocationScenario s, String roundName, List<Money> distributed,
                              List<Long> claimsNotIncluded) {
        return new ScenarioDetails(s.getId(), s.getVersion(), s.getRoundId(), roundName, s.getName(), s.getMethod(),
                s.getEvenBasis(), s.getPoolMode(), s.getPoolCurrency(), s.getExchangeRateId(), s.getRateName(),
                s.companyCap(), s.getCapPercent(), s.floor(), s.usPool(), s.krPool(), s.getClaimCount(),
                List.copyOf(distributed), s.getPools().stream().map(PoolSummary::of).toList(), s.getInputsDigest(),
                s.getCertificateDigest(), s.getStatus(), s.getCreatedBy(), s.getCreatedAt(), s.getProposedBy(),
                s.getProposedAt(), s.getUsApprovedBy(), s.getUsApprovedAt(), s.getKrApprovedBy(), s.getKrApprovedAt(),
                s.getDeclinedBy(), s.getDeclinedAt(), s.getDeclineReason(), s.getCommittedAt(), s.getLedgerSequence(),
                List.copyOf(claimsNotIncluded));
    }
}
