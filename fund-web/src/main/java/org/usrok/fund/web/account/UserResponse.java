package org.usrok.fund.web.account;

import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountSummary;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.util.Set;

/** An account as the API shows it (never the password hash), with the zone its times are shown in. */
public record UserResponse(long id, String username, String displayName, String email, CountryCode country,
                           Long companyId, boolean enabled, Set<Role> roles, String timeZone) implements Serializable {

    static UserResponse of(UserAccountSummary u) {
        return new UserResponse(u.id(), u.username(), u.displayName(), u.email(), u.country(), u.companyId(),
                u.enabled(), u.roles(), u.timeZone());
    }
}
