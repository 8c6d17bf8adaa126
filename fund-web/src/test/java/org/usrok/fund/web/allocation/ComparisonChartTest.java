package org.usrok.fund.web.allocation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.ScenarioComparison;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ScenarioSummary;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonChartTest {

    private static final ScenarioComparison COMPARISON = new ScenarioComparison(
            List.of(summary(2, "Even"), summary(1, "Proportional")),
            List.of(row(10, "Alpha Corp", CountryCode.US, "400.00", "450.00"),
                    row(11, "Beta LLC", CountryCode.US, "200.00", "150.00"),
                    row(12, "Hangang Co", CountryCode.KR, "1000000", "1000000")),
            List.of(), List.of());

    @Test
    void oneGroupPerCompanyOfTheCountryAndOneDatasetPerScenarioWithExactAmounts() {
        JsonObject chart = parse(ComparisonChart.json(COMPARISON, CountryCode.US));

        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Alpha Corp", "Beta LLC");
        var datasets = data.getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertThat(datasets).extracting(d -> d.getString("label")).containsExactly("Even", "Proportional");
        assertThat(datasets.get(0).getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::bigDecimalValue))
                .containsExactly(new BigDecimal("400.00"), new BigDecimal("200.00"));
        assertThat(datasets.get(1).getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::bigDecimalValue))
                .containsExactly(new BigDecimal("450.00"), new BigDecimal("150.00"));
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"))
                .isEqualTo("USD");
    }

    @Test
    void wonSharesGetTheirOwnChartAndACountryWithoutCompaniesNone() {
        JsonObject chart = parse(ComparisonChart.json(COMPARISON, CountryCode.KR));

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("Hangang Co");
        assertThat(chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("title").getString("text"))
                .isEqualTo("KRW");
        var usOnly = new ScenarioComparison(COMPARISON.scenarios(), COMPARISON.companies().subList(0, 2),
                List.of(), List.of());
        assertThat(ComparisonChart.json(usOnly, CountryCode.KR)).isNull();
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static ScenarioSummary summary(long id, String name) {
        return new ScenarioSummary(id, 0, 7, name, AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY,
                PoolMode.PER_COUNTRY, ScenarioStatus.SIMULATED, 3, List.of(), "us.officer1", Instant.EPOCH);
    }

    private static ScenarioComparison.CompanyRow row(long id, String name, CountryCode country, String first,
                                                     String second) {
        CurrencyCode currency = country.currency();
        Money a = Money.of(first, currency);
        Money b = Money.of(second, currency);
        return new ScenarioComparison.CompanyRow(id, name, country, b, List.of(a, b), List.of(a.minus(a), b.minus(a)));
    }
}
