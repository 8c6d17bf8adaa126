package org.usrok.fund.recovery;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: four eyes on every recovery. It creates a debt of a company, so the officer who opened it
 * cannot approve or reject it; and only the opener withdraws it.
 */
public class RecoverySeparationOfDutiesException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private RecoverySeparationOfDutiesException(String key, Object... args) {
        super(RuleKind.FORBIDDEN, key, null, args);
    }

    static RecoverySeparationOfDutiesException openerCannotDecide(String officer) {
        return new RecoverySeparationOfDutiesException("error.recovery.openerCannotDecide", officer);
    }

    static RecoverySeparationOfDutiesException onlyOpenerWithdraws(String officer, String opener) {
        return new RecoverySeparationOfDutiesException("error.recovery.onlyOpenerWithdraws", officer, opener);
    }

    @Override
    public String ruleName() {
        return "separation-of-duties";
    }
}
