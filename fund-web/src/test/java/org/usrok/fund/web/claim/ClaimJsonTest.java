package org.usrok.fund.web.claim;

import org.junit.jupiter.api.Test;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.web.api.JsonConfiguration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims as JSON: totals and line amounts as money objects, prices and quantities as plain decimal strings. */
class ClaimJsonTest {

    @Test
    void aReviewedClaimShowsClaimedAndApprovedAmountsExactly() {
        var differential = new ClaimDetails.Line(1, "PRICE_DIFFERENTIAL", "Graphite from Australia",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), new BigDecimal("100"), new BigDecimal("130.5"),
                new BigDecimal("1000"), Money.of("15250.00", CurrencyCode.USD), Money.of("15250.00", CurrencyCode.USD),
                null);
        var audits = new ClaimDetails.Line(2, "SUPPLIER_QUALIFICATION", "Two supplier audits",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), null, null, null,
                Money.of("25000.00", CurrencyCode.USD), Money.of("20000.00", CurrencyCode.USD), "One audit undocumented");
        var details = new ClaimDetails(51, 3, 1, "Graphite 2027", 1, 1, "Sierra Cobalt Corp", CountryCode.US,
                CurrencyCode.USD, "Q1 costs", ClaimStatus.REVIEWED, Money.of("40250.00", CurrencyCode.USD),
                Money.of("35250.00", CurrencyCode.USD), List.of(differential, audits), Instant.EPOCH, "us.officer3",
                Instant.EPOCH, null, null, null, null, List.of());

        String json = JsonConfiguration.jsonb().toJson(ClaimResponse.of(details));

        assertThat(json).contains("\"approved\":{\"amount\":\"35250.00\",\"currency\":\"USD\"}")
                .contains("\"claimed\":{\"amount\":\"40250.00\",\"currency\":\"USD\"}")
                .contains("\"newUnitPrice\":\"130.5\"").contains("\"quantity\":\"1000\"")
                .contains("\"reductionReason\":\"One audit undocumented\"")
                .doesNotContain("approver");
    }

    @Test
    void aReviewResultReadsAmountsAsStringsOrNumbers() {
        var request = JsonConfiguration.jsonb().fromJson("""
                {"lines":[{"lineNo":1,"approvedAmount":"15250.00"},
                          {"lineNo":2,"approvedAmount":20000,"reason":"One audit undocumented"}],
                 "expectedVersion":3}
                """, ReviewResultRequest.class);

        var command = ReviewResultRequest.toCommand(51, request);

        assertThat(command.claimId()).isEqualTo(51);
        assertThat(command.expectedVersion()).isEqualTo(3);
        assertThat(command.lines().get(0).approvedAmount()).isEqualByComparingTo("15250.00");
        assertThat(command.lines().get(1).reason()).isEqualTo("One audit undocumented");
    }
}
