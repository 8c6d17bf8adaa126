package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.ValueDateRange;

import java.time.LocalDate;

/**
 * Rule: a bank's report on a payment is dated on or after the day its batch was released and not
 * in the future; a return's date is the value date of the entry that puts the money back.
 */
public class StatusDateInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public StatusDateInvalidException(LocalDate date, ValueDateRange range, ValueDateRange.Breach breach) {
        super(RuleKind.UNPROCESSABLE, messageKey(breach), "date", date.toString(), range.earliest().toString(),
                range.latest().toString());
    }

    /** The message of a breach, shared with the status file's line problems. */
    static String messageKey(ValueDateRange.Breach breach) {
        return breach == ValueDateRange.Breach.TOO_EARLY ? "error.payment.statusDateBeforeRelease"
                : "error.payment.statusDateInFuture";
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "status-date-invalid";
    }
}
