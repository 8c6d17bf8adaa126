package org.usrok.fund.web.allocation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.usrok.fund.allocation.ScenarioComparison;
import org.usrok.fund.shared.CountryCode;

/**
 * The Chart.js configuration (the JSON {@code p:chart} takes; PrimeFaces 15 has no Java chart
 * model) of a comparison's shares for the companies of one country, all paid in its currency:
 * one group of bars per company, one dataset per scenario, the shares' exact decimals. One chart
 * per currency, so USD and KRW amounts never share an axis.
 */
final class ComparisonChart {

    private static final String[] COLOURS = {"#1d4ed8", "#b91c1c", "#15803d", "#b45309", "#7c3aed", "#0e7490"};

    private ComparisonChart() {
    }

    /** The chart's JSON, or null when no company of {@code country} is in the comparison. */
    static String json(ScenarioComparison comparison, CountryCode country) {
        var rows = comparison.companies().stream().filter(r -> r.country() == country).toList();
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.companyName() == null ? "#" + r.companyId() : r.companyName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < comparison.scenarios().size(); i++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (var row : rows) {
                values.add(row.shares().get(i).amount());
            }
            datasets.add(Json.createObjectBuilder().add("label", comparison.scenarios().get(i).name())
                    .add("backgroundColor", COLOURS[i % COLOURS.length]).add("data", values));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", country.currency().name()))))
                .build().toString();
    }
}
