package org.usrok.fund.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.shared.CountryCode;

import java.util.EnumSet;
import java.util.Set;

/**
 * Resolves the {@link Actor} of the current call from the container's security context (the
 * authenticated principal and its roles) and the user's account (country and bound company).
 * Services ask it rather than trusting identities passed in by the web layer. The account's country
 * and company come from the request's sign-in when the call runs as the account that signed in
 * ({@link SignedInAccount}, read in the same statement as the sign-in's standing); otherwise one
 * select reads them.
 */
@Stateless
@PermitAll
public class CurrentActor {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignedInAccount signedIn;

    public Actor get() {
        String username = UserAccount.normalizeUsername(context.getCallerPrincipal().getName());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return signedIn.actor(username, roles).orElseGet(() -> read(username, roles));
    }

    private Actor read(String username, Set<Role> roles) {
        // the three columns only: the account entity would also load its roles, which come from
        // the security context here, with a second select (issue 16)
        return em.createQuery("select u.username, u.country, u.companyId from UserAccount u where u.username = :username",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(u -> new Actor((String) u[0], roles, (CountryCode) u[1], (Long) u[2]))
                .orElseGet(() -> new Actor(username, roles, null, null));
    }
}
