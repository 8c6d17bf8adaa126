package org.usrok.fund.application;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

import java.util.List;

/** Rule: an application is submitted only when every check of the eligibility screen passes. */
public class NotEligibleException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<EligibilityCheck> checks;

    public NotEligibleException(List<EligibilityCheck> checks) {
        super(RuleKind.UNPROCESSABLE, "error.notEligible", null,
                String.join(", ", checks.stream().filter(c -> !c.passed()).map(EligibilityCheck::check).toList()));
        this.checks = List.copyOf(checks);
    }

    /** Every check with its outcome, so the company sees all reasons at once. */
    public List<EligibilityCheck> checks() {
        return checks;
    }

    @Override
    public String ruleName() {
        return "not-eligible";
    }
}
