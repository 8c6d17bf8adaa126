package org.usrok.fund.web.application;

import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.web.api.Decimals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An application's plan; shares are decimal strings. Sent back unchanged, it is a valid {@link PlanRequest}. */
public record PlanResponse(String summary, LocalDate startsOn, LocalDate endsOn, List<String> materials,
                           List<SourceResponse> currentSources, List<SourceResponse> targetSources) implements Serializable {

    /** One supply source. */
    public record SourceResponse(String country, String supplier, String sharePercent) implements Serializable {
        static SourceResponse of(ApplicationDetails.Source s) {
            return new SourceResponse(s.country(), s.supplier(), Decimals.plain(s.sharePercent()));
        }
    }

    static PlanResponse of(ApplicationDetails d) {
        return new PlanResponse(d.planSummary(), d.planStartsOn(), d.planEndsOn(), d.materials(),
                d.currentSources().stream().map(SourceResponse::of).toList(),
                d.targetSources().stream().map(SourceResponse::of).toList());
    }
}
