package org.usrok.fund.round;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a round opens only after one U.S. officer and one ROK officer have each approved it, and
 * neither may be the officer who drafted it. A government signs once; a second signature of the
 * same government, or the drafter's own, does not count.
 */
public class BilateralSignOffException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private BilateralSignOffException(RuleKind kind, String key, Object... args) {
        super(kind, key, null, args);
    }

    public static BilateralSignOffException drafterCannotSign(String officer) {
        return new BilateralSignOffException(RuleKind.FORBIDDEN, "error.signOff.drafter", officer);
    }

    public static BilateralSignOffException alreadySigned(String country, String officer) {
        return new BilateralSignOffException(RuleKind.CONFLICT, "error.signOff.alreadySigned", country, officer);
    }

    @Override
    public String ruleName() {
        return "bilateral-sign-off";
    }
}
