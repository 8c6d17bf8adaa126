package org.usrok.fund.web.application;

import org.usrok.fund.application.DiversificationPlan;
import org.usrok.fund.application.SourceInput;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A diversification plan as the company writes it; the same shape as the {@code plan} of a response. */
public record PlanRequest(String summary, LocalDate startsOn, LocalDate endsOn, List<String> materials,
                          List<SourceRequest> currentSources, List<SourceRequest> targetSources) implements Serializable {

    static DiversificationPlan toPlan(PlanRequest plan) {
        return plan == null ? null : new DiversificationPlan(plan.summary, plan.startsOn, plan.endsOn, plan.materials,
                sources(plan.currentSources), sources(plan.targetSources));
    }

    private static List<SourceInput> sources(List<SourceRequest> sources) {
        return sources == null ? null : sources.stream().map(s -> s == null ? null : s.toInput()).toList();
    }
}
