package org.usrok.fund.security;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: usernames are unique, regardless of case. */
public class UsernameTakenException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super(RuleKind.CONFLICT, "user.username.taken", "username", username);
    }

    @Override
    public String ruleName() {
        return "username-taken";
    }
}
