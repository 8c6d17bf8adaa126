package org.usrok.fund.ledger;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: lines post only to accounts of the chart, in the account's own currency. */
public class UnknownAccountException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String account, String currency) {
        super(RuleKind.UNPROCESSABLE, "ledger.unknownAccount", "lines", account, currency);
    }

    @Override
    public String ruleName() {
        return "unknown-account";
    }
}
