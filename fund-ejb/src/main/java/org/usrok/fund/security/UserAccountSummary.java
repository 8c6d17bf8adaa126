package org.usrok.fund.security;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.util.Set;

/**
 * An account as administrators see it; never includes the password hash. {@code timeZone} is the
 * zone its times are shown in (chosen or its country's), {@code timeZoneChosen} whether the user
 * or administrator chose it.
 */
public record UserAccountSummary(long id, String username, String displayName, String email, CountryCode country,
                                 Long companyId, boolean enabled, Set<Role> roles, String timeZone,
                                 boolean timeZoneChosen) implements Serializable {

    static UserAccountSummary of(UserAccount u) {
        return new UserAccountSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getCountry(),
                u.getCompanyId(), u.isEnabled(), u.getRoles(), u.getTimeZone().getId(), u.getChosenTimeZone() != null);
    }
}
