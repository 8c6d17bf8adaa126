package org.usrok.fund.company;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a company user registers their company before applying or claiming for it. */
public class CompanyRequiredException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CompanyRequiredException(String username) {
        super(RuleKind.UNPROCESSABLE, "error.companyRequired", null, username);
    }

    @Override
    public String ruleName() {
        return "company-required";
    }
}
