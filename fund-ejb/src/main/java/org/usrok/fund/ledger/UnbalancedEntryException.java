package org.usrok.fund.ledger;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: every entry balances, per currency, to the cent or won; an unbalanced entry is never posted. */
public class UnbalancedEntryException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public UnbalancedEntryException(String why) {
        super(RuleKind.UNPROCESSABLE, "ledger.unbalanced", "lines", why);
    }

    @Override
    public String ruleName() {
        return "unbalanced-entry";
    }
}
