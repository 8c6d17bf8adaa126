package org.usrok.fund.web.round;

import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.web.api.Decimals;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as the API returns it. Window times are UTC instants ({@code displayZone} says where
 * pages show them); contributions are money objects; the share is a decimal string.
 */
public record RoundResponse(long id, long version, String nameEn, String nameKo, Instant applicationOpensAt,
                            Instant applicationClosesAt, Instant claimOpensAt, Instant claimClosesAt,
                            String displayZone, String eligibleSharePercent, MoneyResponse usContribution,
                            LocalDate usPledgedOn, MoneyResponse krContribution, LocalDate krPledgedOn,
                            List<String> materials, List<String> costCategories, RoundStatus status,
                            String draftedBy, String usApprovedBy, Instant usApprovedAt, String krApprovedBy,
                            Instant krApprovedAt, Instant openedAt, Instant claimsClosedAt) implements Serializable {

    static RoundResponse of(RoundDetails r) {
        return new RoundResponse(r.id(), r.version(), r.nameEn(), r.nameKo(), r.applicationOpensAt(),
                r.applicationClosesAt(), r.claimOpensAt(), r.claimClosesAt(), r.displayZone(),
                Decimals.plain(r.eligibleSharePercent()), MoneyResponse.of(r.usContribution()), r.usPledgedOn(),
                MoneyResponse.of(r.krContribution()), r.krPledgedOn(), r.materials(), r.costCategories(), r.status(),
                r.draftedBy(), r.usApprovedBy(), r.usApprovedAt(), r.krApprovedBy(), r.krApprovedAt(), r.openedAt(),
                r.claimsClosedAt());
    }
}
