package org.usrok.fund.recovery;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a recovery names a verified company, the company's payment currency and, if any, a round
 * in which the company has a committed share.
 */
public class RecoveryInputInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private RecoveryInputInvalidException(String field, String key, Object... args) {
        super(RuleKind.UNPROCESSABLE, key, field, args);
    }

    static RecoveryInputInvalidException unknownCompany(long companyId) {
        return new RecoveryInputInvalidException("companyId", "error.recovery.unknownCompany", companyId);
    }

    static RecoveryInputInvalidException notPaidInRound(long companyId, long roundId) {
        return new RecoveryInputInvalidException("roundId", "error.recovery.notInRound", companyId, roundId);
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "recovery-input-invalid";
    }
}
