package org.usrok.fund.reference;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: rounds, applications and claims name only active reference data (a critical material or
 * cost category that exists and has not been retired).
 */
public class UnknownReferenceException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public UnknownReferenceException(String field, String code) {
        super(RuleKind.UNPROCESSABLE, "error.unknownReference", field, code);
    }

    @Override
    public String ruleName() {
        return "unknown-reference";
    }
}
