package org.usrok.fund.security;

import java.io.Serializable;

/**
 * Filters of the accounts list; null means "any": accounts holding {@code role}, and enabled or
 * disabled ones ({@code enabled}), as the administrator's home page counts them.
 */
public record UserQuery(Role role, Boolean enabled) implements Serializable {

    public static UserQuery all() {
        return new UserQuery(null, null);
    }
}
