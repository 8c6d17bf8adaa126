package org.usrok.fund.allocation;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a company receives the award letter of a committed allocation only when it holds a share in
 * it; another company's letter, or a scenario not committed, is refused.
 */
public class AwardLetterForbiddenException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AwardLetterForbiddenException(long scenarioId) {
        super(RuleKind.FORBIDDEN, "error.allocation.awardLetterNotYours", null, scenarioId);
    }

    @Override
    public String ruleName() {
        return "award-letter-not-yours";
    }
}
