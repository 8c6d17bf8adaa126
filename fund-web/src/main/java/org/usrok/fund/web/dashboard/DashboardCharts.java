package org.usrok.fund.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.usrok.fund.dashboard.CompanyDashboard;
import org.usrok.fund.dashboard.OfficerDashboard;
import org.usrok.fund.dashboard.StatusCount;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboard's Chart.js configurations (the JSON {@code p:chart} takes; PrimeFaces 15 has no
 * Java chart models), from the read models' figures. Amounts are the exact decimals of
 * {@link Money}; a chart never puts USD and KRW on one axis.
 */
final class DashboardCharts {

    private static final String[] COLOURS = {"#1d4ed8", "#15803d", "#b45309", "#b91c1c", "#7c3aed", "#0e7490",
        "#4b5563"};

    private DashboardCharts() {
    }

    /** A donut of counts per status, labelled through {@code label}; null when there is nothing to draw. */
    static String statusDonut(List<StatusCount> counts, Function<String, String> label) {
        if (counts.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < counts.size(); i++) {
            labels.add(label.apply(counts.get(i).status()));
            values.add(counts.get(i).count());
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", values).add("backgroundColor", colours)), null, true);
    }

    /** One government's money: pledged, received, allocated, paid, recovered and cash left, in its currency. */
    static String fund(OfficerDashboard.GovernmentFund g, Function<String, String> label) {
        List<Money> amounts = List.of(g.pledged(), g.received(), g.allocated(), g.paid(), g.recovered(), g.cashLeft());
        List<String> keys = List.of("pledged", "received", "allocated", "paid", "recovered", "cashLeft");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        keys.forEach(k -> labels.add(label.apply("dashboard.fund." + k)));
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < amounts.size(); i++) {
            values.add(amounts.get(i).amount());
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", g.pledged().currency().name()).add("data", values).add("backgroundColor", colours)),
                label.apply("country." + g.government()) + " (" + g.pledged().currency() + ")", false);
    }

    /** A company's money per round: claimed, approved, allocated and paid, one group of bars per round. */
    static String companyRounds(CompanyDashboard dashboard, Function<CompanyDashboard.RoundMoney, String> roundName,
                                Function<String, String> label) {
        if (dashboard.rounds().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        dashboard.rounds().forEach(r -> labels.add(roundName.apply(r)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> keys = List.of("claimed", "approved", "allocated", "paid");
        List<Function<CompanyDashboard.RoundMoney, Money>> figures = List.of(CompanyDashboard.RoundMoney::claimed,
                CompanyDashboard.RoundMoney::approved, CompanyDashboard.RoundMoney::allocated,
                CompanyDashboard.RoundMoney::paid);
        for (int i = 0; i < keys.size(); i++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            var figure = figures.get(i);
            dashboard.rounds().forEach(r -> values.add(figure.apply(r).amount()));
            datasets.add(Json.createObjectBuilder().add("label", label.apply("dashboard.round." + keys.get(i)))
                    .add("backgroundColor", COLOURS[i]).add("data", values));
        }
        return chart("bar", labels, datasets, String.valueOf(dashboard.currency()), true);
    }

    /** Committed allocations to one country's companies per material of their plans; null when none. */
    static String materials(List<OfficerDashboard.MaterialAllocation> rows, CountryCode country,
                            Function<String, String> materialName, Function<String, String> label) {
        var own = rows.stream().filter(r -> r.country() == country).toList();
        if (own.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        own.forEach(r -> {
            labels.add(materialName.apply(r.material()));
            values.add(r.allocated().amount());
        });
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", country.currency().name()).add("data", values)
                        .add("backgroundColor", country == CountryCode.US ? COLOURS[0] : COLOURS[3])),
                label.apply("country." + country) + " (" + country.currency() + ")", false);
    }

    /** Money sent to the bank per month: a line per currency, each on its own axis; null when nothing was sent. */
    static String disbursed(List<OfficerDashboard.MonthlyDisbursement> months) {
        if (months.isEmpty()) {
            return null;
        }
        List<String> periods = months.stream().map(m -> String.format("%04d-%02d", m.year(), m.month()))
                .distinct().sorted().toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        periods.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        JsonObjectBuilder scales = Json.createObjectBuilder();
        int i = 0;
        for (CurrencyCode currency : List.of(CurrencyCode.USD, CurrencyCode.KRW)) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (String period : periods) {
                values.add(months.stream().filter(m -> m.amount().currency() == currency
                                && String.format("%04d-%02d", m.year(), m.month()).equals(period))
                        .map(m -> m.amount().amount()).findFirst().orElse(BigDecimal.ZERO));
            }
            String axis = currency.name().toLowerCase(Locale.ROOT);
            datasets.add(Json.createObjectBuilder().add("label", currency.name()).add("data", values)
                    .add("yAxisID", axis).add("borderColor", COLOURS[i * 3]).add("backgroundColor", COLOURS[i * 3]));
            scales.add(axis, Json.createObjectBuilder().add("type", "linear").add("position", i == 0 ? "left" : "right")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", currency.name())));
            i++;
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("scales", scales))
                .build().toString();
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
                                boolean legend) {
        JsonObjectBuilder plugins = Json.createObjectBuilder();
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        }
        plugins.add("legend", Json.createObjectBuilder().add("display", legend));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("plugins", plugins))
                .build().toString();
    }
}
