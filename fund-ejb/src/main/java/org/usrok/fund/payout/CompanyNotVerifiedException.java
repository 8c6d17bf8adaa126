package org.usrok.fund.payout;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a company registers a payout account only once an officer has verified the company itself;
 * an account of an unverified company would be vouched for by nobody.
 */
public class CompanyNotVerifiedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CompanyNotVerifiedException(long companyId) {
        super(RuleKind.UNPROCESSABLE, "error.payout.companyNotVerified", null, companyId);
    }

    @Override
    public String ruleName() {
        return "company-not-verified";
    }
}
