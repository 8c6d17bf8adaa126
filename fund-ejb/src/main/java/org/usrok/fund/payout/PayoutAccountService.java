package org.usrok.fund.payout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.Company;
import org.usrok.fund.company.CompanyRequiredException;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Payout bank accounts of companies and their verification. Rules enforced here, for every caller:
 * <ul>
 *   <li>only a company user of a verified company registers an account, for their own company; the
 *       fields meet {@link PayoutAccountRules} (check digits included);</li>
 *   <li>a new registration becomes the company's current account in its currency at once, so the
 *       company is not payable in that currency until an officer verifies it: a change of account,
 *       even in the middle of a disbursement batch, blocks payment until verified;</li>
 *   <li>only an officer of the company's own country verifies or rejects it (a company user cannot
 *       hold an officer role, so the verifier is never the one who registered), only while it is
 *       pending and current, and on the version the officer saw; rejecting needs a reason and puts
 *       the previously verified account (if any) back in place;</li>
 *   <li>money goes only to a current, verified account ({@link #payableAccount});</li>
 *   <li>account numbers are shown in full only to the owning company and officers of its country;</li>
 *   <li>every change writes an audit record (masked) and notifies the company in the same
 *       transaction; registrations also notify the officers who verify them.</li>
 * </ul>
 * Registrations, verifications and rejections of one company take the company's row lock
 * ({@code SELECT ... FOR UPDATE}) so they see each other; the unique key on the current account
 * stands behind that.
 */
@Stateless
public class PayoutAccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    /**
     * Registers the calling company's account in the command's currency; it replaces the current
     * one (which stays verified but is no longer paid until the new one is verified, or is
     * superseded at once if it was still pending).
     */
    @RolesAllowed(Role.COMPANY_NAME)
    public PayoutAccountSummary register(@NotNull @Valid RegisterPayoutAccount command) {
        Actor actor = currentActor.get();
        long companyId = actor.boundCompany().orElseThrow(() -> new CompanyRequiredException(actor.username()));
        Company company = lockCompany(companyId);
        if (company.getStatus() != CompanyStatus.VERIFIED) {
            throw new CompanyNotVerifiedException(companyId);
        }
        AccountDetails details = PayoutAccountRules.details(command);
        PayoutAccount previous = current(companyId, details.currency()).orElse(null);
        PayoutAccountSummary previousBefore = null;
        if (previous != null) {
            previousBefore = PayoutAccountSummary.forAudit(previous, company.getLegalName());
            previous.stepAsideFor();
            flush(previous.getId());
        }
        PayoutAccount account = PayoutAccount.register(companyId, company.getCountry(), details, previous,
                actor.username());
        em.persist(account);
        flush(null);
        if (previous != null) {
            audit.record("PAYOUT_ACCOUNT_REPLACED", PayoutAccount.ENTITY, previous.getId(), previousBefore,
                    PayoutAccountSummary.forAudit(previous, company.getLegalName()));
        }
        var after = PayoutAccountSummary.forAudit(account, company.getLegalName());
        audit.record("PAYOUT_ACCOUNT_REGISTERED", PayoutAccount.ENTITY, account.getId(), null, after);
        notifications.notifyCompany(companyId, "PAYOUT_ACCOUNT_REGISTERED", PayoutAccount.ENTITY, account.getId(),
                "notification.payoutAccount.registered", account.getCurrency().name(), after.accountIdentifier());
        notifications.notifyOfficers(company.getCountry(), "PAYOUT_ACCOUNT_REGISTERED", PayoutAccount.ENTITY,
                account.getId(), "notification.payoutAccount.awaitsVerification", company.getLegalName(),
                account.getCurrency().name());
        return PayoutAccountSummary.of(account, company.getLegalName(), actor);
    }

    /**
     * An officer of the company's country verifies a pending account: it becomes payable, and the
     * account it replaced (if verified) is superseded, kept only as history.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public PayoutAccountSummary verify(@NotNull @Valid VerifyPayoutAccount command) {
        Actor officer = currentActor.get();
        Decision decision = decide(officer, command.accountId(), command.expectedVersion());
        PayoutAccount account = decision.account();
        PayoutAccount previous = previousVerified(account).orElse(null);
        account.verify(officer.username());
        if (previous != null) {
            var previousBefore = PayoutAccountSummary.forAudit(previous, decision.company().getLegalName());
            previous.supersede();
            flush(account.getId());
            audit.record("PAYOUT_ACCOUNT_SUPERSEDED", PayoutAccount.ENTITY, previous.getId(), previousBefore,
                    PayoutAccountSummary.forAudit(previous, decision.company().getLegalName()));
        }
        return finish(decision, "PAYOUT_ACCOUNT_VERIFIED", "notification.payoutAccount.verified", officer);
    }

    /**
     * An officer of the company's country rejects a pending account, saying why; it is never paid,
     * and the account it replaced, if that one is verified, is the current account again.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public PayoutAccountSummary reject(@NotNull @Valid RejectPayoutAccount command) {
        Actor officer = currentActor.get();
        Decision decision = decide(officer, command.accountId(), command.expectedVersion());
        PayoutAccount account = decision.account();
        PayoutAccount previous = previousVerified(account).orElse(null);
        account.reject(officer.username(), command.reason().strip());
        flush(account.getId());
        if (previous != null) {
            var previousBefore = PayoutAccountSummary.forAudit(previous, decision.company().getLegalName());
            previous.reinstate();
            flush(previous.getId());
            audit.record("PAYOUT_ACCOUNT_REINSTATED", PayoutAccount.ENTITY, previous.getId(), previousBefore,
                    PayoutAccountSummary.forAudit(previous, decision.company().getLegalName()));
        }
        return finish(decision, "PAYOUT_ACCOUNT_REJECTED", "notification.payoutAccount.rejected", officer);
    }

    private record Decision(PayoutAccount account, Company company, PayoutAccountSummary before) implements Serializable {
    }

    private Decision decide(Actor officer, long accountId, Long expectedVersion) {
        PayoutAccount found = em.find(PayoutAccount.class, accountId);
        if (found == null) {
            throw new EntityNotFoundException(PayoutAccount.ENTITY, accountId);
        }
        if (!officer.isOfficerOf(found.getCompanyCountry())) {
            throw new OwnCountryOnlyException(officer.username(), found.getCompanyCountry());
        }
        Company company = lockCompany(found.getCompanyId());
        em.refresh(found);
        OptimisticLocking.requireVersion(PayoutAccount.ENTITY, accountId, found.getVersion(), expectedVersion);
        return new Decision(found, company, PayoutAccountSummary.forAudit(found, company.getLegalName()));
    }

    private PayoutAccountSummary finish(Decision decision, String action, String messageKey, Actor officer) {
        PayoutAccount account = decision.account();
        flush(account.getId());
        var after = PayoutAccountSummary.forAudit(account, decision.company().getLegalName());
        audit.record(action, PayoutAccount.ENTITY, account.getId(), decision.before(), after);
        notifications.notifyCompany(account.getCompanyId(), action, PayoutAccount.ENTITY, account.getId(), messageKey,
                account.getCurrency().name(), after.accountIdentifier(),
                account.getRejectionReason() == null ? "" : account.getRejectionReason());
        return PayoutAccountSummary.of(account, decision.company().getLegalName(), officer);
    }

    /**
     * The account the company is paid to in the currency, unmasked, for the disbursement service:
     * present only when the company's current account in that currency is verified. A company that
     * has registered a change still pending verification gets nothing, so its payment is held.
     * Joins the caller's transaction; not exposed over HTTP or in the portal.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.ADMIN_NAME})
    public Optional<PayableAccount> payableAccount(long companyId, @NotNull CurrencyCode currency) {
        return current(companyId, currency).filter(PayoutAccount::isPayable).map(PayoutAccount::payable);
    }

    /**
     * {@link #payableAccount} for many companies at once, in one query: the payable account of each
     * of the companies in the currency, by company id; a company without one is absent.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.ADMIN_NAME})
    public Map<Long, PayableAccount> payableAccounts(@NotNull Collection<Long> companyIds,
                                                     @NotNull CurrencyCode currency) {
        Map<Long, PayableAccount> payable = new HashMap<>();
        if (companyIds.isEmpty()) {
            return payable;
        }
        em.createQuery("select a from PayoutAccount a where a.companyId in :companies "
                        + "and a.currentCurrency = :currency", PayoutAccount.class)
                .setParameter("companies", new HashSet<>(companyIds)).setParameter("currency", currency)
                .getResultStream().filter(PayoutAccount::isPayable)
                .forEach(a -> payable.put(a.getCompanyId(), a.payable()));
        return payable;
    }

    /** One account, if the caller may see it (a company only its own), masked as {@link PayoutAccountSummary} says. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public PayoutAccountSummary get(@NotNull Long accountId) {
        Actor actor = currentActor.get();
        PayoutAccount account = visible(actor, accountId);
        return PayoutAccountSummary.of(account, companyName(account.getCompanyId()), actor);
    }

    /** The audit history of one account; a company sees officers by their role. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditEntry> history(@NotNull Long accountId) {
        Actor actor = currentActor.get();
        PayoutAccount account = visible(actor, accountId);
        return actor.canReadEverything()
                ? audit.historyOfVisibleEntity(PayoutAccount.ENTITY, account.getId())
                : audit.historyAsSeenByCompany(PayoutAccount.ENTITY, account.getId(), account.getCompanyId());
    }

    /** Every account the calling company has registered, current ones first, then newest first (its history). */
    @RolesAllowed(Role.COMPANY_NAME)
    public List<PayoutAccountSummary> mine() {
        Actor actor = currentActor.get();
        if (actor.companyId() == null) {
            return List.of();
        }
        String name = companyName(actor.companyId());
        return em.createQuery("select a from PayoutAccount a where a.companyId = :company "
                        + "order by case when a.currentCurrency is null then 1 else 0 end, a.currency, a.id desc",
                        PayoutAccount.class)
                .setParameter("company", actor.companyId())
                .setMaxResults(500)
                .getResultStream().map(a -> PayoutAccountSummary.of(a, name, actor)).toList();
    }

    /**
     * Accounts of all companies, oldest first within the filters (an officer's queue is the pending
     * accounts of their country, handled in order of registration); for officers, auditors and
     * administrators, masked where the caller is not an officer of the company's country.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<PayoutAccountSummary> list(@NotNull PayoutAccountQuery query, @NotNull PageRequest page) {
        Actor actor = currentActor.get();
        StringBuilder where = new StringBuilder(" where c.id = a.companyId");
        if (query.status() != null) {
            where.append(" and a.status = :status");
        }
        if (query.country() != null) {
            where.append(" and a.companyCountry = :country");
        }
        if (query.currency() != null) {
            where.append(" and a.currency = :currency");
        }
        if (query.companyId() != null) {
            where.append(" and a.companyId = :company");
        }
        if (query.byName()) {
            where.append(" and lower(c.legalName) like :name escape '!'");
        }
        var count = em.createQuery("select count(a) from PayoutAccount a, Company c" + where, Long.class);
        var select = em.createQuery("select a, c.legalName from PayoutAccount a, Company c" + where
                + " order by a.id", Object[].class);
        for (var q : List.of(count, select)) {
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.country() != null) {
                q.setParameter("country", query.country());
            }
            if (query.currency() != null) {
                q.setParameter("currency", query.currency());
            }
            if (query.companyId() != null) {
                q.setParameter("company", query.companyId());
            }
            if (query.byName()) {
                q.setParameter("name", "%" + escapeLike(query.companyName().strip().toLowerCase(Locale.ROOT)) + "%");
            }
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(row -> PayoutAccountSummary.of((PayoutAccount) row[0], (String) row[1], actor)).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The Korean banks an account may be held at, for forms and clients. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<KoreanBank> koreanBanks() {
        return List.of(KoreanBank.values());
    }

    private PayoutAccount visible(Actor actor, long accountId) {
        PayoutAccount account = em.find(PayoutAccount.class, accountId);
        if (account == null || (!actor.canReadEverything()
                && (actor.companyId() == null || actor.companyId() != account.getCompanyId()))) {
            throw new EntityNotFoundException(PayoutAccount.ENTITY, accountId);
        }
        return account;
    }

    private Optional<PayoutAccount> current(long companyId, CurrencyCode currency) {
        return em.createQuery("select a from PayoutAccount a where a.companyId = :company "
                        + "and a.currentCurrency = :currency", PayoutAccount.class)
                .setParameter("company", companyId).setParameter("currency", currency)
                .getResultStream().findFirst();
    }

    /** The verified account a pending one replaces: verified, no longer current, same company and currency. */
    private Optional<PayoutAccount> previousVerified(PayoutAccount pending) {
        return em.createQuery("select a from PayoutAccount a where a.companyId = :company and a.currency = :currency "
                        + "and a.status = :verified and a.currentCurrency is null and a.id <> :id", PayoutAccount.class)
                .setParameter("company", pending.getCompanyId()).setParameter("currency", pending.getCurrency())
                .setParameter("verified", PayoutAccountStatus.VERIFIED).setParameter("id", pending.getId())
                .getResultStream().findFirst();
    }

    /** Takes the company's row lock until the transaction ends and returns the company as it now is. */
    private Company lockCompany(long companyId) {
        List<?> locked = em.createNativeQuery("select id from company where id = ?1 for update")
                .setParameter(1, companyId).getResultList();
        if (locked.isEmpty()) {
            throw new EntityNotFoundException("Company", companyId);
        }
        Company company = em.find(Company.class, companyId);
        em.refresh(company);
        return company;
    }

    private String companyName(long companyId) {
        Company company = em.find(Company.class, companyId);
        return company == null ? null : company.getLegalName();
    }

    /**
     * Writes the changes now, so that a concurrent change shows here as a refused request: a stale
     * version, or a second current account in the same currency (the unique key).
     */
    private void flush(Long accountId) {
        try {
            OptimisticLocking.flush(em, PayoutAccount.ENTITY, accountId);
        } catch (PersistenceException e) {
            if (rootMessage(e).toLowerCase(Locale.ROOT).contains("uk_payout_account_current")) {
                throw new ConcurrentChangeException(PayoutAccount.ENTITY, accountId);
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
}
