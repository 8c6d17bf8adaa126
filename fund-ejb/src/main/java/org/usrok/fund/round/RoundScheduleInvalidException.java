package org.usrok.fund.round;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a round's windows are ordered (each opens before it closes, and claims cannot open before
 * applications do) and its display zone is a real time zone.
 */
public class RoundScheduleInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public RoundScheduleInvalidException(String field, String reasonKey) {
        super(RuleKind.UNPROCESSABLE, reasonKey, field);
    }

    @Override
    public String ruleName() {
        return "round-schedule-invalid";
    }
}
