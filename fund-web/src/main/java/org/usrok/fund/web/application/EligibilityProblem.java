package org.usrok.fund.web.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.usrok.fund.web.api.Problem;

import java.io.Serializable;
import java.util.List;

/** The 422 {@code not-eligible} problem, extended with every check of the screen (RFC 9457 extension member). */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations", "eligibility"})
public record EligibilityProblem(String type, String title, int status, String detail, String instance,
                                 List<Problem.Violation> violations, List<EligibilityCheckResponse> eligibility) implements Serializable {

    static EligibilityProblem of(Problem p, List<EligibilityCheckResponse> eligibility) {
        return new EligibilityProblem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.violations(),
                eligibility);
    }
}
