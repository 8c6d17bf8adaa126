package org.usrok.fund.security;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a user's time zone is a region id the server knows ({@code Asia/Seoul}), so every time shown can be converted. */
public class UnknownTimeZoneException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public UnknownTimeZoneException(String field, String zone) {
        super(RuleKind.UNPROCESSABLE, "user.timeZone.unknown", field, zone);
    }

    @Override
    public String ruleName() {
        return "unknown-time-zone";
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }
}
