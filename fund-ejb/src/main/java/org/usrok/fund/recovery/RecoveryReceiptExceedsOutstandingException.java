package org.usrok.fund.recovery;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: receipts never recover more than is outstanding; an excess is a refund matter, not a recovery. */
public class RecoveryReceiptExceedsOutstandingException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RecoveryReceiptExceedsOutstandingException(String outstanding) {
        super(RuleKind.UNPROCESSABLE, "error.recovery.receiptExceedsOutstanding", "amount", outstanding);
    }

    @Override
    public String ruleName() {
        return "recovery-receipt-exceeds-outstanding";
    }
}
