package org.usrok.fund.web.round;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.web.api.JsonConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The round's JSON as clients write and read it: offsets kept, amounts exact, money as objects. */
class RoundJsonTest {

    @Test
    void aDraftTakesTimesWithOffsetsAndAmountsAsStringsOrNumbers() {
        RoundRequest request = JsonConfiguration.jsonb().fromJson("""
                {"nameEn":"Graphite 2027","nameKo":"흑연 2027","applicationOpensAt":"2026-12-01T09:00:00+09:00",
                 "applicationClosesAt":"2027-01-31T18:00:00+09:00","claimOpensAt":"2027-02-01T09:00:00+09:00",
                 "claimClosesAt":"2027-12-31T18:00:00+09:00","displayZone":"Asia/Seoul","eligibleSharePercent":50,
                 "usContribution":"50000000.00","usPledgedOn":"2026-11-20","krContribution":65000000000,
                 "krPledgedOn":"2026-11-21","materials":["GRAPHITE"],"costCategories":["PRICE_DIFFERENTIAL"]}
                """, RoundRequest.class);

        var command = request.toCommand();
        assertThat(command.applicationOpensAt()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00:00+09:00"));
        assertThat(command.applicationOpensAt().toInstant()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(command.usContribution()).isEqualByComparingTo("50000000.00");
        assertThat(command.usContribution().scale()).isEqualTo(2);
        assertThat(command.krContribution()).isEqualByComparingTo("65000000000");
        assertThatThrownBy(() -> JsonConfiguration.jsonb().fromJson("{\"expectedVersion\":1}", RoundRequest.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void moneyIsAnObjectWithAnExactAmountString() {
        var details = new RoundDetails(7, 2, "Graphite 2027", "흑연 2027", Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-12-31T09:00:00Z"), "Asia/Seoul", new BigDecimal("5E+1"),
                Money.of("50000000", CurrencyCode.USD), LocalDate.of(2026, 11, 20),
                Money.of("65000000000", CurrencyCode.KRW), LocalDate.of(2026, 11, 21), List.of("GRAPHITE"),
                List.of("PRICE_DIFFERENTIAL"), RoundStatus.DRAFT, "us.officer1", null, null, null, null, null, null, null, null);

        String json = JsonConfiguration.jsonb().toJson(RoundResponse.of(details));

        assertThat(json).contains("\"usContribution\":{\"amount\":\"50000000.00\",\"currency\":\"USD\"}")
                .contains("\"krContribution\":{\"amount\":\"65000000000\",\"currency\":\"KRW\"}")
                .contains("\"eligibleSharePercent\":\"50\"")
                .contains("\"applicationOpensAt\":\"2026-12-01T00:00:00Z\"")
                .doesNotContain("usApprovedBy");
    }
}
