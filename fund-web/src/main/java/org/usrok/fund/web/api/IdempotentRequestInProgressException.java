package org.usrok.fund.web.api;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: while a request with a key is still running, a repeat waits; if it waits too long it is told to retry. */
public class IdempotentRequestInProgressException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public IdempotentRequestInProgressException(String key) {
        super(RuleKind.CONFLICT, "error.idempotencyInProgress", IdempotentCreation.HEADER, key);
    }

    @Override
    public String ruleName() {
        return "idempotent-request-in-progress";
    }
}
