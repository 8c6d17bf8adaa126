package org.usrok.fund.security;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: roles that would let one person act on both sides of a decision are not combined. A
 * company user cannot be an officer or auditor; an officer serves one government and must carry
 * that government's country.
 */
public class InconsistentRolesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InconsistentRolesException(String messageKey) {
        super(RuleKind.UNPROCESSABLE, messageKey, "roles");
    }

    @Override
    public String ruleName() {
        return "inconsistent-roles";
    }
}
