package org.usrok.fund.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccount;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Company registration and verification. Rules enforced here, for every caller:
 * <ul>
 *   <li>only a company user registers a company, and only one, of their account's country (if the
 *       account has one): they become bound to it;</li>
 *   <li>each national identifier is registered once (compared without case or punctuation), also
 *       under concurrent registrations, where the database's unique keys decide;</li>
 *   <li>only an officer of the company's own country verifies or rejects it, and only while it
 *       is pending; two officers deciding at once cannot both win;</li>
 *   <li>a company user sees only their own company; officers, auditors and administrators see all;</li>
 *   <li>every change writes an audit record in the same transaction.</li>
 * </ul>
 */
@Stateless
public class CompanyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @RolesAllowed(Role.COMPANY_NAME)
    public CompanyDetails register(@NotNull @Valid RegisterCompany command) {
        Actor actor = currentActor.get();
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", actor.username())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EntityNotFoundException("UserAccount", actor.username()));
        if (user.getCompanyId() != null) {
            throw new CompanyAlreadyBoundException(actor.username());
        }
        if (user.getCountry() != null && user.getCountry() != command.country()) {
            throw new OwnCountryCompanyOnlyException(user.getCountry());
        }
        Company company = Company.register(command, actor.username());
        refuseDuplicateIdentifiers(company);
        em.persist(company);
        flushOrReportDuplicate(company);
        user.representCompany(company.getId(), company.getCountry());
        var details = CompanyDetails.of(company);
        audit.record("COMPANY_REGISTERED", Company.ENTITY, company.getId(), null, details);
        return details;
    }

    private void refuseDuplicateIdentifiers(Company company) {
        for (var key : company.uniquenessKeys().entrySet()) {
            long count = em.createQuery("select count(c) from Company c where c." + key.getKey().field() + "Key = :key",
                            Long.class)
                    .setParameter("key", key.getValue())
                    .getSingleResult();
            if (count > 0) {
                throw new IdentifierAlreadyRegisteredException(key.getKey());
            }
        }
    }

    /** When two registrations race past the check above, the unique key decides; report it as the rule. */
    private void flushOrReportDuplicate(Company company) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String message = rootMessage(e).toLowerCase(Locale.ROOT);
            for (IdentifierType type : company.uniquenessKeys().keySet()) {
                if (message.contains(type.field() + "_key")) {
                    throw new IdentifierAlreadyRegisteredException(type);
                }
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public CompanyDetails verify(@NotNull @Valid VerifyCompany command) {
        return decide(command.companyId(), command.expectedVersion(), "COMPANY_VERIFIED",
                (company, officer) -> company.verify(officer));
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public CompanyDetails reject(@NotNull @Valid RejectCompany command) {
        return decide(command.companyId(), command.expectedVersion(), "COMPANY_REJECTED",
                (company, officer) -> company.reject(officer, command.reason().strip()));
    }

    private interface Decision {
        void apply(Company company, String officer);
    }

    private CompanyDetails decide(Long companyId, Long expectedVersion, String action, Decision decision) {
        Actor officer = currentActor.get();
        Company company = load(companyId);
        if (!officer.isOfficerOf(company.getCountry())) {
            throw new OwnCountryOnlyException(officer.username(), company.getCountry());
        }
        OptimisticLocking.requireVersion(Company.ENTITY, companyId, company.getVersion(), expectedVersion);
        var before = CompanyDetails.of(company);
        decision.apply(company, officer.username());
        OptimisticLocking.flush(em, Company.ENTITY, companyId);
        var after = CompanyDetails.of(company);
        audit.record(action, Company.ENTITY, companyId, before, after);
        return after;
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public CompanyDetails get(@NotNull Long companyId) {
        Actor actor = currentActor.get();
        Company company = load(companyId);
        if (!actor.canReadEverything() && !companyId.equals(actor.companyId())) {
            throw new EntityNotFoundException(Company.ENTITY, companyId);
        }
        return CompanyDetails.of(company);
    }

    /** The company the calling company user registered, if any. */
    @RolesAllowed(Role.COMPANY_NAME)
    public Optional<CompanyDetails> ownCompany() {
        return currentActor.get().boundCompany().map(id -> CompanyDetails.of(load(id)));
    }

    /** Every company {@link #list} would page through for {@code query}, for an export: the same filter and visibility. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<CompanySummary> listAll(@NotNull CompanyQuery query) {
        return AllPages.of(page -> list(query, page));
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<CompanySummary> list(@NotNull CompanyQuery query, @NotNull PageRequest page) {
        Actor actor = currentActor.get();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!actor.canReadEverything()) {
            where.append(" and c.id = :own");
        }
        if (query.country() != null) {
            where.append(" and c.country = :country");
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
        }
        boolean byName = query.nameContains() != null && !query.nameContains().isBlank();
        if (byName) {
            where.append(" and lower(c.legalName) like :name escape '!'");
        }
        String direction = query.descending() ? " desc" : " asc";
        var count = em.createQuery("select count(c) from Company c" + where, Long.class);
        var select = em.createQuery("select c from Company c" + where + " order by "
                + query.sortByOrDefault().path() + direction + ", c.id" + direction, Company.class);
        for (var q : List.of(count, select)) {
            if (!actor.canReadEverything()) {
                q.setParameter("own", actor.companyId() == null ? -1L : actor.companyId());
            }
            if (query.country() != null) {
                q.setParameter("country", query.country());
            }
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (byName) {
                q.setParameter("name", "%" + escapeLike(query.nameContains().strip().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(CompanySummary::of).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private Company load(Long companyId) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new EntityNotFoundException(Company.ENTITY, companyId);
        }
        return company;
    }
}
