package org.usrok.fund.web.application;

import java.io.Serializable;
import java.util.List;

/** The eligibility screen as it would run now: eligible when every check passes. */
public record EligibilityResponse(boolean eligible, List<EligibilityCheckResponse> checks) implements Serializable {

    static EligibilityResponse of(List<EligibilityCheckResponse> checks) {
        return new EligibilityResponse(checks.stream().allMatch(EligibilityCheckResponse::passed), checks);
    }
}
