package org.usrok.fund.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream()
                .findFirst()
                .map(u -> new Actor(u.getUsername(), roles, u.getCountry(), u.getCompanyId()))
                .orElseGet(() -> new Actor(username, roles, null, null));
    }
}
