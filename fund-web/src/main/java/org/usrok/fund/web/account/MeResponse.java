package org.usrok.fund.web.account;

import org.usrok.fund.security.Actor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.util.Set;

/** Who the caller is, as the services see them. */
public record MeResponse(String username, Set<Role> roles, CountryCode country, Long companyId) {

    static MeResponse of(Actor a) {
        return new MeResponse(a.username(), a.roles(), a.country(), a.companyId());
    }
}
