package org.usrok.fund.web.account;

import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.util.Set;

/** Body of {@code POST /api/users}; {@code timeZone} is optional (an IANA id, else the country's). */
public record CreateUserRequest(String username, String password, String displayName, String email,
                                CountryCode country, Set<Role> roles, String timeZone) implements Serializable {

    CreateUserAccount toCommand() {
        return new CreateUserAccount(username, password, displayName, email, country, roles == null ? Set.of() : roles,
                timeZone);
    }

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + "]";
    }
}
