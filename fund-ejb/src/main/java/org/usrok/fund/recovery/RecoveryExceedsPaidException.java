package org.usrok.fund.recovery;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: the fund recovers at most what it paid. A recovery's amount never exceeds what was paid to
 * the company in that currency less the amounts of its other recoveries that are not rejected or
 * withdrawn, so one payment is never clawed back twice.
 */
public class RecoveryExceedsPaidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RecoveryExceedsPaidException(String paid, String alreadyClaimed, String available) {
        super(RuleKind.UNPROCESSABLE, "error.recovery.exceedsPaid", "amount", paid, alreadyClaimed, available);
    }

    @Override
    public String ruleName() {
        return "recovery-exceeds-paid";
    }
}
