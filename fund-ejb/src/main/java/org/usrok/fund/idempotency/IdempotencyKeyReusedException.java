package org.usrok.fund.idempotency;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: an idempotency key names one request; reusing it for a different body is refused. */
public class IdempotencyKeyReusedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(String key) {
        super(RuleKind.UNPROCESSABLE, "error.idempotencyKeyReused", "Idempotency-Key", key);
    }

    @Override
    public String ruleName() {
        return "idempotency-key-reused";
    }
}
