package org.usrok.fund.application;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a company has at most one open (not rejected) application per round. */
public class OpenApplicationExistsException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public OpenApplicationExistsException(long roundId) {
        super(RuleKind.CONFLICT, "error.openApplicationExists", "roundId", roundId);
    }

    @Override
    public String ruleName() {
        return "open-application-exists";
    }
}
