package org.usrok.fund.round;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: companies apply only while the round's application window is open, and file or submit
 * claims only while its claim window is open; a round's claims are closed only after the window.
 */
public class WindowClosedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public WindowClosedException(String window, Object opensAt, Object closesAt) {
        super(RuleKind.UNPROCESSABLE, "error.windowClosed", null, window, String.valueOf(opensAt),
                String.valueOf(closesAt));
    }

    @Override
    public String ruleName() {
        return "window-closed";
    }
}
