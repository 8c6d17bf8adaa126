package org.usrok.fund.claim;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: only a company whose application to the round was approved files claims in it. */
public class ApplicationNotApprovedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotApprovedException(long applicationId, Object status) {
        super(RuleKind.UNPROCESSABLE, "error.applicationNotApproved", "applicationId", applicationId,
                String.valueOf(status));
    }

    @Override
    public String ruleName() {
        return "application-not-approved";
    }
}
