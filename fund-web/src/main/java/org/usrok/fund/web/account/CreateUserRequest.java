package org.usrok.fund.web.account;

import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.util.Set;

/** Body of {@code POST /api/users}. */
public record CreateUserRequest(String username, String password, String displayName, String email,
                                CountryCode country, Set<Role> roles) {

    CreateUserAccount toCommand() {
        return new CreateUserAccount(username, password, displayName, email, country, roles == null ? Set.of() : roles);
    }

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + "]";
    }
}
