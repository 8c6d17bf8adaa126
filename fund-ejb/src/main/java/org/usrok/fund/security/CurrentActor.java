package org.usrok.fund.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.shared.CountryCode;

import java.util.EnumSet;
import java.util.Set;

/**
 * Resolves the {@link Actor} of the current call from the container's security context (the
 * authenticated principal and its roles) and the user's account (country and bound company).
 * Services ask it rather than trusting identities passed in by the web layer.
 */
@Stateless
@PermitAll
public class CurrentActor {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public Actor get() {
        String username = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        // the three columns only: the account entity would also load its roles, which come from
        // the security context here, with a second select on every service call (issue 16)
        return em.createQuery("select u.username, u.country, u.companyId from UserAccount u where u.username = :username",
                        Object[].class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream()
                .findFirst()
                .map(u -> new Actor((String) u[0], roles, (CountryCode) u[1], (Long) u[2]))
                .orElseGet(() -> new Actor(username, roles, null, null));
    }
}
