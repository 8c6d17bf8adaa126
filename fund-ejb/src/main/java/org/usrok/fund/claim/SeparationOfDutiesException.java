package org.usrok.fund.claim;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: four eyes on every claim: the officer who reviewed it (set the approved amounts) cannot
 * approve it, and only the officer who took a claim under review completes or returns that review.
 */
public class SeparationOfDutiesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private SeparationOfDutiesException(String key, Object... args) {
        super(RuleKind.FORBIDDEN, key, null, args);
    }

    public static SeparationOfDutiesException reviewerCannotApprove(String officer) {
        return new SeparationOfDutiesException("error.sod.reviewerCannotApprove", officer);
    }

    public static SeparationOfDutiesException notTheReviewer(String officer, String reviewer) {
        return new SeparationOfDutiesException("error.sod.notTheReviewer", officer, reviewer);
    }

    @Override
    public String ruleName() {
        return "separation-of-duties";
    }
}
