package org.usrok.fund.round;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A round as pages and the API show it. Materials and categories are sorted codes. */
public record RoundDetails(long id, long version, String nameEn, String nameKo, Instant applicationOpensAt,
                           Instant applicationClosesAt, Instant claimOpensAt, Instant claimClosesAt,
                           String displayZone, BigDecimal eligibleSharePercent, Money usContribution,
                           LocalDate usPledgedOn, Money krContribution, LocalDate krPledgedOn,
                           List<String> materials, List<String> costCategories, RoundStatus status,
                           String draftedBy, String usApprovedBy, Instant usApprovedAt, String krApprovedBy,
                           Instant krApprovedAt, Instant openedAt, Instant claimsClosedAt,
                           Long usPledgeSequence, Long krPledgeSequence) implements Serializable {

    public static RoundDetails of(FundingRound r) {
        return new RoundDetails(r.getId(), r.getVersion(), r.getNameEn(), r.getNameKo(), r.getApplicationOpensAt(),
                r.getApplicationClosesAt(), r.getClaimOpensAt(), r.getClaimClosesAt(), r.getDisplayZone(),
                r.getEligibleShare().movePointRight(2).stripTrailingZeros(), r.contributionOf(CountryCode.US),
                r.getUsPledgedOn(), r.contributionOf(CountryCode.KR), r.getKrPledgedOn(),
                r.getMaterials().stream().sorted().toList(), r.getCostCategories().stream().sorted().toList(),
                r.getStatus(), r.getDraftedBy(), r.getUsApprovedBy(), r.getUsApprovedAt(), r.getKrApprovedBy(),
                r.getKrApprovedAt(), r.getOpenedAt(), r.getClaimsClosedAt(),
                r.pledgeSequence(CountryCode.US), r.pledgeSequence(CountryCode.KR));
    }
}
