package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

import java.time.LocalDate;

/** Rule: a bank's report on a payment is dated between the batch's release and today. */
public class StatusDateInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public StatusDateInvalidException(LocalDate date, LocalDate released) {
        super(RuleKind.UNPROCESSABLE, "error.payment.statusDate", "date", date.toString(), released.toString());
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
