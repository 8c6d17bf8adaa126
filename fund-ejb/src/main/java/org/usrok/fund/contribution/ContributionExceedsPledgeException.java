package org.usrok.fund.contribution;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: receipts of a government for a round never exceed what it pledged; an excess is a
 * different matter (a new pledge or a refund) and is not booked as a contribution.
 */
public class ContributionExceedsPledgeException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ContributionExceedsPledgeException(String outstanding) {
        super(RuleKind.UNPROCESSABLE, "error.contributionExceedsPledge", "amount", outstanding);
    }

    @Override
    public String ruleName() {
        return "contribution-exceeds-pledge";
    }
}
