package org.usrok.fund.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A {@link DiversificationPlan} that passed the plan rules, with its sources in order: current, then target. */
record CheckedPlan(String summary, LocalDate startsOn, LocalDate endsOn, Set<String> materials,
                   List<SupplySource> sources) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static CheckedPlan of(DiversificationPlan plan, Set<String> activeMaterials) {
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new PlanInvalidException("endsOn", "error.plan.timeline");
        }
        List<SupplySource> sources = new ArrayList<>();
        addAll(sources, SupplySource.Kind.CURRENT, plan.currentSources(), "currentSources");
        addAll(sources, SupplySource.Kind.TARGET, plan.targetSources(), "targetSources");
        return new CheckedPlan(plan.summary().strip(), plan.startsOn(), plan.endsOn(), activeMaterials, sources);
    }

    private static void addAll(List<SupplySource> into, SupplySource.Kind kind, List<SourceInput> inputs, String field) {
        BigDecimal total = BigDecimal.ZERO;
        for (SourceInput input : inputs) {
            total = total.add(input.sharePercent());
            into.add(new SupplySource(kind, input.country().toUpperCase(Locale.ROOT), input.supplier().strip(),
                    input.sharePercent()));
        }
        if (total.compareTo(HUNDRED) > 0) {
            throw new PlanInvalidException(field, "error.plan.shares");
        }
    }
}
