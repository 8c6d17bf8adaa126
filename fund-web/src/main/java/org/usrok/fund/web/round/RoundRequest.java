package org.usrok.fund.web.round;

import org.usrok.fund.round.DraftRound;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of {@code POST /api/rounds}. Window times are ISO-8601 with an offset
 * ({@code 2026-12-01T09:00:00+09:00}); contributions are decimals in the government's own
 * currency (USD for the U.S., KRW for Korea), as JSON strings or numbers. The rules (required
 * fields, ordered windows, exact amounts, active reference data) are the service's.
 */
public record RoundRequest(String nameEn, String nameKo, OffsetDateTime applicationOpensAt,
                           OffsetDateTime applicationClosesAt, OffsetDateTime claimOpensAt,
                           OffsetDateTime claimClosesAt, String displayZone, BigDecimal eligibleSharePercent,
                           BigDecimal usContribution, LocalDate usPledgedOn, BigDecimal krContribution,
                           LocalDate krPledgedOn, List<String> materials, List<String> costCategories) implements Serializable {

    static RoundRequest empty() {
        return new RoundRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    DraftRound toCommand() {
        return new DraftRound(nameEn, nameKo, applicationOpensAt, applicationClosesAt, claimOpensAt, claimClosesAt,
                displayZone, eligibleSharePercent, usContribution, usPledgedOn, krContribution, krPledgedOn,
                materials, costCategories);
    }
}
