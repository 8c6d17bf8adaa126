package org.usrok.fund.it.support;

import org.usrok.fund.security.CreateUserAccount;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import java.util.Set;

/**
 * Lets an in-container test act as a particular user: the services then see that caller and its
 * roles through the container's security context, exactly as for a signed-in person. Each test
 * creates the accounts it needs (fresh names), acting as an ad hoc administrator.
 */
public final class Actors {

    public static final String PASSWORD = "integration-test-password";

    private final SecurityDomain domain = SecurityDomain.getCurrent();
    private final UserAccountService users;

    public Actors(UserAccountService users) {
        if (domain == null) {
            throw new IllegalStateException("No Elytron security domain is associated with the test deployment");
        }
        this.users = users;
    }

    /** A user as the container would authenticate them: name and roles. */
    public record Actor(String username, SecurityIdentity identity) {

        /** Runs a service call as this user; the services' (unchecked) exceptions reach the caller as thrown. */
        public <T> T call(ServiceCall<T> action) {
            return identity.runAs((java.security.PrivilegedAction<T>) action::call);
        }
    }

    /** A call of a service: services signal refusals with unchecked exceptions only. */
    @FunctionalInterface
    public interface ServiceCall<T> {
        T call();
    }

    public Actor identity(String username, Role... roles) {
        Set<String> names = new java.util.HashSet<>();
        for (Role role : roles) {
            names.add(role.name());
        }
        SecurityIdentity identity = domain.createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(names)));
        return new Actor(username, identity);
    }

    public Actor admin() {
        return identity("it-admin-" + TestData.suffix(), Role.ADMIN);
    }

    /** Creates an account with the role and returns an identity acting as it. */
    public Actor newUser(String prefix, Role role, CountryCode country) {
        String username = prefix + "." + TestData.suffix();
        admin().call(() -> users.create(new CreateUserAccount(username, PASSWORD, "Test " + username,
                username + "@example.test", country, Set.of(role))));
        return identity(username, role);
    }

    public Actor newCompanyUser(CountryCode country) {
        return newUser("company", Role.COMPANY, country);
    }

    public Actor newOfficer(CountryCode country) {
        return newUser("officer-" + country.name().toLowerCase(java.util.Locale.ROOT), Role.officerOf(country), country);
    }

    public Actor newAuditor() {
        return newUser("auditor", Role.AUDITOR, null);
    }
}
