package org.usrok.fund.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.usrok.fund.dashboard.OfficerDashboard.GovernmentFund;
import org.usrok.fund.dashboard.OfficerDashboard.MaterialAllocation;
import org.usrok.fund.dashboard.OfficerDashboard.MonthlyDisbursement;
import org.usrok.fund.dashboard.StatusCount;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardChartsTest {

    @Test
    void aStatusDonutHasOneSlicePerStatusWithItsLabelAndCount() {
        JsonObject chart = parse(DashboardCharts.statusDonut(
                List.of(new StatusCount("RETURNED", 1), new StatusCount("SUBMITTED", 2)), s -> "label " + s));

        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("label RETURNED", "label SUBMITTED");
        assertThat(dataset(chart, 0).getJsonArray("data").getValuesAs(JsonNumber::longValue)).containsExactly(1L, 2L);
        assertThat(DashboardCharts.statusDonut(List.of(), s -> s)).isNull();
    }

    @Test
    void aGovernmentsFundKeepsTheExactDecimalsOfItsCurrency() {
        var us = new GovernmentFund(CountryCode.US, usd("1000.00"), usd("600.50"), usd("400.00"), usd("250.25"),
                usd("10.00"), usd("360.25"));

        JsonObject chart = parse(DashboardCharts.fund(us, key -> key));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("dashboard.fund.pledged", "dashboard.fund.received", "dashboard.fund.allocated",
                        "dashboard.fund.paid", "dashboard.fund.recovered", "dashboard.fund.cashLeft");
        assertThat(dataset(chart, 0).getJsonArray("data").getValuesAs(JsonNumber::bigDecimalValue))
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("600.50"), new BigDecimal("400.00"),
                        new BigDecimal("250.25"), new BigDecimal("10.00"), new BigDecimal("360.25"));
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"))
                .isEqualTo("country.US (USD)");
    }

    @Test
    void materialsAreDrawnPerCountrySoUsdAndKrwNeverShareAnAxis() {
        var rows = List.of(new MaterialAllocation(CountryCode.KR, "GRAPHITE", Money.ofMinor(5_000_000, CurrencyCode.KRW)),
                new MaterialAllocation(CountryCode.US, "LITHIUM", usd("700.00")));

        JsonObject us = parse(DashboardCharts.materials(rows, CountryCode.US, m -> "name " + m, key -> key));

        assertThat(us.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("name LITHIUM");
        assertThat(dataset(us, 0).getString("label")).isEqualTo("USD");
        assertThat(DashboardCharts.materials(List.of(rows.get(1)), CountryCode.KR, m -> m, k -> k)).isNull();
    }

    @Test
    void disbursementsOverTimeHaveOneLinePerCurrencyOnItsOwnAxisWithZeroForQuietMonths() {
        JsonObject chart = parse(DashboardCharts.disbursed(List.of(
                new MonthlyDisbursement(2026, 11, usd("600.00")),
                new MonthlyDisbursement(2026, 12, Money.ofMinor(1_000_000, CurrencyCode.KRW)))));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString))
                .containsExactly("2026-11", "2026-12");
        assertThat(dataset(chart, 0).getString("yAxisID")).isEqualTo("usd");
        assertThat(dataset(chart, 0).getJsonArray("data").getValuesAs(JsonNumber::bigDecimalValue))
                .containsExactly(new BigDecimal("600.00"), BigDecimal.ZERO);
        assertThat(dataset(chart, 1).getString("yAxisID")).isEqualTo("krw");
        assertThat(dataset(chart, 1).getJsonArray("data").getValuesAs(JsonNumber::bigDecimalValue))
                .containsExactly(BigDecimal.ZERO, new BigDecimal("1000000"));
        assertThat(DashboardCharts.disbursed(List.of())).isNull();
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    private static JsonObject dataset(JsonObject chart, int index) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(index);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
