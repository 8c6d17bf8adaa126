package org.usrok.fund.recovery;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.ValueDateRange;

import java.time.LocalDate;

/**
 * Rule: a company's repayment of a recovery is dated on or after the day the recovery was approved
 * (when its receivable was booked) and not in the future, since its date is the value date of the
 * ledger entry that books it.
 */
public class RecoveryDateInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RecoveryDateInvalidException(LocalDate receivedOn, ValueDateRange range, ValueDateRange.Breach breach) {
        super(RuleKind.UNPROCESSABLE, breach == ValueDateRange.Breach.TOO_EARLY
                        ? "error.recovery.receivedOnBeforeApproval" : "error.recovery.receivedOnInFuture",
                "receivedOn", receivedOn.toString(), range.earliest().toString(), range.latest().toString());
    }

    @Override
    public String ruleName() {
        return "recovery-date-invalid";
    }
}
