package org.usrok.fund.security;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated person a service call acts for, as the services see it: name, roles, the
 * country of an officer or company user, and the company a company user is bound to.
 */
public record Actor(String username, Set<Role> roles, CountryCode country, Long companyId) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOfficer() {
        return has(Role.OFFICER_US) || has(Role.OFFICER_KR);
    }

    /** True when this actor is an officer of the given government. */
    public boolean isOfficerOf(CountryCode target) {
        return has(Role.officerOf(target));
    }

    public boolean canReadEverything() {
        return isOfficer() || has(Role.AUDITOR) || has(Role.ADMIN);
    }

    public Optional<Long> boundCompany() {
        return Optional.ofNullable(companyId);
    }
}
