package org.usrok.fund.company;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a company user represents exactly one company, so they register at most one. */
public class CompanyAlreadyBoundException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CompanyAlreadyBoundException(String username) {
        super(RuleKind.CONFLICT, "company.user.alreadyBound", null, username);
    }

    @Override
    public String ruleName() {
        return "company-user-already-bound";
    }
}
