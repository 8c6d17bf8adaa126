package org.usrok.fund.company;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a national identifier belongs to one company only; a legal entity registers once. */
public class IdentifierAlreadyRegisteredException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public IdentifierAlreadyRegisteredException(IdentifierType type) {
        super(RuleKind.CONFLICT, "company.identifier.duplicate." + type.field(), type.field());
    }

    @Override
    public String ruleName() {
        return "identifier-already-registered";
    }
}
