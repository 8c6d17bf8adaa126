package org.usrok.fund.disbursement.file;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a payment file is handed out only when it is complete and valid (ISO 20022 schema and
 * facets, control sums equal to the transfers). Names the offending element or field and why, so
 * the batch's data can be corrected; nothing half-valid ever reaches a bank.
 */
public class PaymentFileRejectedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public PaymentFileRejectedException(String field, String reason) {
        super(RuleKind.UNPROCESSABLE, "error.paymentFile.rejected", field, field, reason);
    }

    @Override
    public String ruleName() {
        return "payment-file-rejected";
    }
}
