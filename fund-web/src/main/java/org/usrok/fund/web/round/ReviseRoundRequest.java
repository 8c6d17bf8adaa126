package org.usrok.fund.web.round;

import org.usrok.fund.round.DraftRound;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of {@code PUT /api/rounds/{id}}: the whole draft again, as for {@link RoundRequest}, and
 * optionally the version the officer edited. Revising withdraws any sign-off given so far.
 */
public record ReviseRoundRequest(String nameEn, String nameKo, OffsetDateTime applicationOpensAt,
                                 OffsetDateTime applicationClosesAt, OffsetDateTime claimOpensAt,
                                 OffsetDateTime claimClosesAt, String displayZone, BigDecimal eligibleSharePercent,
                                 BigDecimal usContribution, LocalDate usPledgedOn, BigDecimal krContribution,
                                 LocalDate krPledgedOn, List<String> materials, List<String> costCategories,
                                 Long expectedVersion) implements Serializable {

    static ReviseRoundRequest empty() {
        return new ReviseRoundRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    DraftRound toCommand() {
        return new DraftRound(nameEn, nameKo, applicationOpensAt, applicationClosesAt, claimOpensAt, claimClosesAt,
                displayZone, eligibleSharePercent, usContribution, usPledgedOn, krContribution, krPledgedOn,
                materials, costCategories);
    }
}
