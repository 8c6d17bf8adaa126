package org.usrok.fund.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.ZoneId;
import java.time.ZoneOffset;
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

    @Resource
    private SessionContext context;

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountSummary create(@NotNull @Valid CreateUserAccount command) {
        Set<Role> roles = EnumSet.copyOf(command.roles());
        checkRoles(roles, command);
        String username = UserAccount.normalizeUsername(command.username());
        if (findByUsername(username) != null) {
            throw new UsernameTakenException(username);
        }
        String timeZone = UserTimeZone.require("timeZone", command.timeZone());
        var account = new UserAccount(username, passwords.hash(command.password().toCharArray()),
                command.displayName().strip(), command.email().strip(), command.country(), roles);
        account.chooseTimeZone(timeZone);
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

    /** The caller's own account (anyone signed in), for their profile. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public UserAccountSummary own() {
        return UserAccountSummary.of(ownAccount());
    }

    /**
     * The zone the caller's times are shown in: chosen, or their country's ({@link UserTimeZone}).
     * Read on every page that shows a time, so it selects two columns, not the account and its roles.
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public ZoneId ownTimeZone() {
        return em.createQuery("select u.timeZone, u.country from UserAccount u where u.username = :username",
                        Object[].class)
                .setParameter("username", UserAccount.normalizeUsername(context.getCallerPrincipal().getName()))
                .getResultStream().findFirst()
                .map(u -> UserTimeZone.effective((String) u[0], (CountryCode) u[1]))
                .orElse(ZoneOffset.UTC);
    }

    /**
     * Anyone signed in chooses the zone their times are shown in, for themselves only; blank
     * returns to their country's. An id the server does not know is refused, naming the field
     * {@code timeZone}, so no page ever fails to convert a time.
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public UserAccountSummary changeOwnTimeZone(String zone) {
        String chosen = UserTimeZone.require("timeZone", zone);
        UserAccount account = ownAccount();
        var before = UserAccountSummary.of(account);
        account.chooseTimeZone(chosen);
        var after = UserAccountSummary.of(account);
        audit.record("USER_TIME_ZONE_CHANGED", ENTITY, account.getId(), before, after);
        return after;
    }

    private UserAccount ownAccount() {
        String username = context.getCallerPrincipal().getName();
        UserAccount account = findByUsername(username);
        if (account == null) {
            throw new EntityNotFoundException(ENTITY, username);
        }
        return account;
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
