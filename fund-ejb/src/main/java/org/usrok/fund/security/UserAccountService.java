package org.usrok.fund.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Manages who can sign in. Only administrators create accounts, and the role combinations that
 * would break separation of duties are refused here, whatever page or API asked.
 */
@Stateless
public class UserAccountService {

    static final String ENTITY = "UserAccount";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountSummary create(@NotNull @Valid CreateUserAccount command) {
        Set<Role> roles = EnumSet.copyOf(command.roles());
        checkRoles(roles, command);
        String username = UserAccount.normalizeUsername(command.username());
        if (findByUsername(username) != null) {
            throw new UsernameTakenException(username);
        }
        var account = new UserAccount(username, passwords.hash(command.password().toCharArray()),
                command.displayName().strip(), command.email().strip(), command.country(), roles);
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new UsernameTakenException(username);
        }
        var summary = UserAccountSummary.of(account);
        audit.record("USER_CREATED", ENTITY, account.getId(), null, summary);
        return summary;
    }

    private static void checkRoles(Set<Role> roles, CreateUserAccount command) {
        boolean officer = roles.contains(Role.OFFICER_US) || roles.contains(Role.OFFICER_KR);
        if (roles.contains(Role.COMPANY) && roles.size() > 1) {
            throw new InconsistentRolesException("user.roles.companyExclusive");
        }
        if (roles.contains(Role.OFFICER_US) && roles.contains(Role.OFFICER_KR)) {
            throw new InconsistentRolesException("user.roles.oneGovernment");
        }
        if (officer && roles.contains(Role.AUDITOR)) {
            throw new InconsistentRolesException("user.roles.auditorIndependent");
        }
        if (officer) {
            Role officerRole = roles.contains(Role.OFFICER_US) ? Role.OFFICER_US : Role.OFFICER_KR;
            if (command.country() == null || officerRole.officerCountry().orElseThrow() != command.country()) {
                throw new InconsistentRolesException("user.roles.officerCountry");
            }
        }
    }

    /** Every account of the filter, as {@link #list} pages them, for an export. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public List<UserAccountSummary> listAll(@NotNull UserQuery query) {
        return AllPages.of(page -> list(query, page));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public Page<UserAccountSummary> list(@NotNull PageRequest page) {
        return list(UserQuery.all(), page);
    }

    /** The accounts of the filter, ordered by username. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public Page<UserAccountSummary> list(@NotNull UserQuery query, @NotNull PageRequest page) {
        String where = " where 1 = 1" + (query.role() == null ? "" : " and :role member of u.roles")
                + (query.enabled() == null ? "" : " and u.enabled = :enabled");
        var count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        var select = em.createQuery("select u from UserAccount u" + where + " order by u.username", UserAccount.class);
        for (var q : List.of(count, select)) {
            if (query.role() != null) {
                q.setParameter("role", query.role());
            }
            if (query.enabled() != null) {
                q.setParameter("enabled", query.enabled());
            }
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(UserAccountSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
    public UserAccountSummary get(@NotNull Long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        return UserAccountSummary.of(account);
    }

    /** Whether any account exists at all (first start of an empty database). */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean anyAccountExists() {
        return !em.createQuery("select u.id from UserAccount u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    UserAccount findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst().orElse(null);
    }
}
