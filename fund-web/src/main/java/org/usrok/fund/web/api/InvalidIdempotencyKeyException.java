package org.usrok.fund.web.api;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: an Idempotency-Key is 1 to 128 visible ASCII characters. */
public class InvalidIdempotencyKeyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public InvalidIdempotencyKeyException() {
        super(RuleKind.UNPROCESSABLE, "error.idempotencyKeyInvalid", IdempotentCreation.HEADER);
    }

    @Override
    public String ruleName() {
        return "idempotency-key-invalid";
    }
}
