package org.usrok.fund.recovery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.company.Company;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.ValueDateRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recoveries (clawbacks) of money paid to companies in error. Rules enforced here for every caller:
 * <ul>
 *   <li>only officers of the company's country open, approve, reject and record receipts for its
 *       recoveries (the government that paid decides what it takes back); officers of the other
 *       country, auditors and administrators read them;</li>
 *   <li>four eyes: the opener never approves or rejects; only the opener withdraws;</li>
 *   <li>the fund recovers at most what it paid: a recovery is never more than what was paid to the
 *       company in that currency ({@link DisbursementService#paidTo}) less its other recoveries
 *       that are not rejected or withdrawn, checked when it is opened and again when approved,
 *       under the company's row lock so two officers cannot together exceed it;</li>
 *   <li>approval posts the receivable (debit 1300 Recoveries receivable, credit 5100 Allocations
 *       to companies) and each receipt posts the repayment (debit 1200 Fund cash, credit 1300), in
 *       the same transaction; approvals and receipts of one recovery are serialised by its row
 *       lock, so a recovery is booked once and never recovered beyond its amount;</li>
 *   <li>a receipt is dated from the day the recovery was approved (UTC) to
 *       {@link Clock#latestValueDate()}: money is not paid back before it was claimed, nor in the
 *       future;</li>
 *   <li>companies see their own recoveries once approved (before that, the matter is the
 *       officers'), without officers' names;</li>
 *   <li>every change is audited and announced to whoever must act or know; a refused attempt is
 *   audited as refused ({@code @RecordsRefusals}).</li>
 * </ul>
 */
@Stateless
public class RecoveryService {

    private static final String RECEIVABLE = "1300-";
    private static final String ALLOCATIONS_EXPENSE = "5100-";
    private static final String CASH = "1200-";
    private static final Set<RecoveryStatus> CLAIMING = EnumSet.of(RecoveryStatus.OPENED, RecoveryStatus.APPROVED,
            RecoveryStatus.PARTIALLY_RECOVERED, RecoveryStatus.RECOVERED);
    private static final Set<RecoveryStatus> SHOWN_TO_COMPANY = EnumSet.of(RecoveryStatus.APPROVED,
            RecoveryStatus.PARTIALLY_RECOVERED, RecoveryStatus.RECOVERED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private LedgerService ledger;

    @Inject
    private DisbursementService disbursements;

    /** Opens a recovery from a company of the officer's country, at most what can still be recovered from it. */
    @RecordsRefusals(action = "RECOVERY_OPENED", entityType = "Company", idComponent = "companyId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RecoveryDetails open(@NotNull @Valid OpenRecovery command) {
        Actor officer = currentActor.get();
        Company company = lockCompany(command.companyId());
        if (!officer.isOfficerOf(company.getCountry())) {
            throw new OwnCountryOnlyException(officer.username(), company.getCountry());
        }
        if (company.getStatus() != CompanyStatus.VERIFIED) {
            throw RecoveryInputInvalidException.unknownCompany(company.getId());
        }
        Money amount = InvalidAmountException.require("amount", command.amount(), command.currency(), false);
        FundingRound round = null;
        if (command.roundId() != null) {
            round = em.find(FundingRound.class, command.roundId());
            if (round == null || !hasCommittedShare(company.getId(), round.getId(), command.currency())) {
                throw RecoveryInputInvalidException.notPaidInRound(company.getId(), command.roundId());
            }
        }
        requireRecoverable(company.getId(), amount, null);
        var recovery = Recovery.open(company.getId(), company.getCountry(), command.roundId(), amount,
                command.reason().strip(), officer.username(), Clock.now());
        em.persist(recovery);
        em.flush();
        var details = details(recovery, false);
        audit.record("RECOVERY_OPENED", Recovery.ENTITY, recovery.getId(), null, details);
        notifications.notifyOfficers(company.getCountry(), "RECOVERY_OPENED", Recovery.ENTITY, recovery.getId(),
                "notification.recoveryOpened", company.getLegalName(), amount.toString(), officer.username(),
                recovery.getReason());
        return details;
    }

    /**
     * A second officer of the company's country approves the recovery: the receivable is posted and
     * the company told what it owes.
     */
    @RecordsRefusals(action = "RECOVERY_APPROVED", entityType = Recovery.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RecoveryDetails approve(@NotNull Long recoveryId, Long expectedVersion) {
        Actor officer = currentActor.get();
        Recovery recovery = recovery(recoveryId);
        requireOwnCountry(officer, recovery);
        Company company = lockCompany(recovery.getCompanyId());
        recovery = lockRecovery(recoveryId);
        OptimisticLocking.requireVersion(Recovery.ENTITY, recovery.getId(), recovery.getVersion(), expectedVersion);
        recovery.requireDecidableBy(officer.username(), "approve");
        requireRecoverable(recovery.getCompanyId(), recovery.amount(), recovery.getId());
        var before = details(recovery, false);
        Instant now = Clock.now();
        Money amount = recovery.amount();
        JournalEntryRecord entry = ledger.post(new PostEntry("recovery-" + recovery.getId() + "-receivable",
                LocalDate.ofInstant(now, ZoneOffset.UTC), reference(recovery),
                "Recovery " + recovery.getId() + " approved: " + describe(recovery, company), null,
                List.of(JournalLine.debit(RECEIVABLE + amount.currency(), amount),
                        JournalLine.credit(ALLOCATIONS_EXPENSE + amount.currency(), amount))));
        recovery.approve(officer.username(), now, entry.sequence());
        var after = flushAndAudit(recovery, "RECOVERY_APPROVED", before);
        notifications.notifyCompany(recovery.getCompanyId(), "RECOVERY_APPROVED", Recovery.ENTITY, recovery.getId(),
                "notification.recoveryApproved", amount.toString(), recovery.getReason());
        notifications.notifyOfficers(recovery.getCountry(), "RECOVERY_APPROVED", Recovery.ENTITY, recovery.getId(),
                "notification.recoveryApprovedOfficers", company.getLegalName(), amount.toString(), officer.username());
        return after;
    }

    /** Another officer of the company's country than the opener refuses the recovery, with a reason. */
    @RecordsRefusals(action = "RECOVERY_REJECTED", entityType = Recovery.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RecoveryDetails reject(@NotNull Long recoveryId, Long expectedVersion,
                                  @NotBlank @Size(max = 2000) String reason) {
        Actor officer = currentActor.get();
        Recovery recovery = recovery(recoveryId);
        requireOwnCountry(officer, recovery);
        recovery = lockRecovery(recoveryId);
        OptimisticLocking.requireVersion(Recovery.ENTITY, recovery.getId(), recovery.getVersion(), expectedVersion);
        var before = details(recovery, false);
        recovery.reject(officer.username(), reason.strip(), Clock.now());
        var after = flushAndAudit(recovery, "RECOVERY_REJECTED", before);
        notifications.notifyOfficers(recovery.getCountry(), "RECOVERY_REJECTED", Recovery.ENTITY, recovery.getId(),
                "notification.recoveryRejected", after.companyName(), recovery.amount().toString(),
                officer.username(), reason.strip());
        return after;
    }

    /** The opener withdraws a recovery that was not decided yet; the reason is optional. */
    @RecordsRefusals(action = "RECOVERY_WITHDRAWN", entityType = Recovery.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RecoveryDetails withdraw(@NotNull Long recoveryId, Long expectedVersion, @Size(max = 2000) String reason) {
        Actor officer = currentActor.get();
        Recovery recovery = recovery(recoveryId);
        requireOwnCountry(officer, recovery);
        recovery = lockRecovery(recoveryId);
        OptimisticLocking.requireVersion(Recovery.ENTITY, recovery.getId(), recovery.getVersion(), expectedVersion);
        var before = details(recovery, false);
        recovery.withdraw(officer.username(), reason == null || reason.isBlank() ? null : reason.strip(), Clock.now());
        var after = flushAndAudit(recovery, "RECOVERY_WITHDRAWN", before);
        notifications.notifyOfficers(recovery.getCountry(), "RECOVERY_WITHDRAWN", Recovery.ENTITY, recovery.getId(),
                "notification.recoveryWithdrawn", after.companyName(), recovery.amount().toString(),
                officer.username());
        return after;
    }

    /**
     * Records money the company paid back: posts it (debit fund cash, credit the receivable) and
     * reduces what is outstanding; never more than is outstanding, and dated from the day the
     * recovery was approved to {@link Clock#latestValueDate()}.
     */
    @RecordsRefusals(action = "RECOVERY_RECEIPT_RECORDED", entityType = Recovery.ENTITY, idComponent = "recoveryId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RecoveryDetails recordReceipt(@NotNull @Valid RecordRecoveryReceipt command) {
        Actor officer = currentActor.get();
        Recovery recovery = recovery(command.recoveryId());
        requireOwnCountry(officer, recovery);
        recovery = lockRecovery(command.recoveryId());
        Money amount = InvalidAmountException.require("amount", command.amount(), recovery.getCurrency(), false);
        recovery.requireReceivable(amount);
        ValueDateRange dates = ValueDateRange.from(LocalDate.ofInstant(recovery.getApprovedAt(), ZoneOffset.UTC));
        dates.breach(command.receivedOn()).ifPresent(breach -> {
            throw new RecoveryDateInvalidException(command.receivedOn(), dates, breach);
        });
        var before = details(recovery, false);
        int number = receipts(recovery.getId()).size() + 1;
        String bankReference = command.bankReference().strip();
        JournalEntryRecord entry = ledger.post(new PostEntry("recovery-" + recovery.getId() + "-receipt-" + number,
                command.receivedOn(), reference(recovery), "Recovery " + recovery.getId() + " receipt " + number
                + ", bank reference " + bankReference + ": " + describe(recovery, company(recovery.getCompanyId())),
                null, List.of(JournalLine.debit(CASH + amount.currency(), amount),
                JournalLine.credit(RECEIVABLE + amount.currency(), amount))));
        var receipt = new RecoveryReceipt(recovery.getId(), number, amount, command.receivedOn(), bankReference,
                entry.sequence(), officer.username(), Clock.now());
        em.persist(receipt);
        recovery.received(amount);
        var after = flushAndAudit(recovery, "RECOVERY_RECEIPT_RECORDED", before);
        boolean complete = recovery.getStatus() == RecoveryStatus.RECOVERED;
        notifications.notifyCompany(recovery.getCompanyId(), "RECOVERY_RECEIPT", Recovery.ENTITY, recovery.getId(),
                complete ? "notification.recoveryRecovered" : "notification.recoveryReceipt", amount.toString(),
                recovery.outstanding().toString(), recovery.amount().toString());
        return after;
    }

    /** One recovery: officers, auditors and administrators read any; a company only its own approved ones. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.COMPANY_NAME})
    public RecoveryDetails get(@NotNull Long recoveryId) {
        Actor actor = currentActor.get();
        Recovery recovery = recovery(recoveryId);
        if (!actor.canReadEverything()) {
            if (actor.companyId() == null || actor.companyId() != recovery.getCompanyId()
                    || !SHOWN_TO_COMPANY.contains(recovery.getStatus())) {
                throw new EntityNotFoundException(Recovery.ENTITY, recoveryId);
            }
            return details(recovery, true);
        }
        return details(recovery, false);
    }

    /** Recoveries, newest first, filtered by status and company (officers of both countries, auditors, administrators). */
    /** Every recovery {@link #list} would page through for {@code query}, for an export. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<RecoverySummary> listAll(@NotNull RecoveryQuery query) {
        return AllPages.of(page -> list(query, page));
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<RecoverySummary> list(@NotNull RecoveryQuery query, @NotNull PageRequest page) {
        String where = " where 1 = 1" + (query.status() == null ? "" : " and r.status = :status")
                + (query.companyId() == null ? "" : " and r.companyId = :company");
        TypedQuery<Long> count = em.createQuery("select count(r) from Recovery r" + where, Long.class);
        TypedQuery<Recovery> items = em.createQuery("select r from Recovery r" + where + " order by r.id desc",
                Recovery.class);
        if (query.status() != null) {
            count.setParameter("status", query.status());
            items.setParameter("status", query.status());
        }
        if (query.companyId() != null) {
            count.setParameter("company", query.companyId());
            items.setParameter("company", query.companyId());
        }
        List<Recovery> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, String> names = companyNames(found);
        return new Page<>(found.stream().map(r -> RecoverySummary.of(r, names.get(r.getCompanyId()), false)).toList(),
                page.page(), page.size(), count.getSingleResult());
    }

    /** The calling company's recoveries once approved, newest first, with receipts and what is outstanding. */
    @RolesAllowed(Role.COMPANY_NAME)
    public List<RecoveryDetails> myRecoveries() {
        Long companyId = currentActor.get().companyId();
        if (companyId == null) {
            return List.of();
        }
        List<Recovery> found = em.createQuery("select r from Recovery r where r.companyId = :company "
                        + "and r.status in :shown order by r.id desc", Recovery.class)
                .setParameter("company", companyId).setParameter("shown", SHOWN_TO_COMPANY).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        String companyName = company(companyId).getLegalName();
        Map<Long, FundingRound> rounds = new HashMap<>();
        Set<Long> roundIds = found.stream().map(Recovery::getRoundId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!roundIds.isEmpty()) {
            em.createQuery("select r from FundingRound r where r.id in :ids", FundingRound.class)
                    .setParameter("ids", roundIds).getResultStream().forEach(r -> rounds.put(r.getId(), r));
        }
        Map<Long, List<RecoveryReceipt>> receipts = new HashMap<>();
        em.createQuery("select r from RecoveryReceipt r where r.recoveryId in :ids order by r.recoveryId, r.number",
                        RecoveryReceipt.class)
                .setParameter("ids", found.stream().map(Recovery::getId).toList()).getResultStream()
                .forEach(r -> receipts.computeIfAbsent(r.getRecoveryId(), k -> new ArrayList<>()).add(r));
        return found.stream().map(r -> details(r, companyName, rounds.get(r.getRoundId()),
                receipts.getOrDefault(r.getId(), List.of()), true)).toList();
    }

    /** What can still be recovered from a company in a currency (officers, for the opening form). */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public RecoverableAmount recoverable(@NotNull Long companyId, @NotNull CurrencyCode currency) {
        company(companyId);
        return recoverable(companyId, currency, null);
    }

    private RecoverableAmount recoverable(long companyId, CurrencyCode currency, Long excludedRecoveryId) {
        Money paid = disbursements.paidTo(companyId, currency);
        Long claimedMinor = em.createQuery("select coalesce(sum(r.amountMinor), 0) from Recovery r "
                        + "where r.companyId = :company and r.currency = :currency and r.status in :claiming "
                        + "and r.id <> :excluded", Long.class)
                .setParameter("company", companyId).setParameter("currency", currency)
                .setParameter("claiming", CLAIMING)
                .setParameter("excluded", excludedRecoveryId == null ? -1L : excludedRecoveryId)
                .getSingleResult();
        Money claimed = Money.ofMinor(claimedMinor, currency);
        Money available = paid.minus(claimed);
        return new RecoverableAmount(companyId, paid, claimed,
                available.isNegative() ? Money.zero(currency) : available);
    }

    private void requireRecoverable(long companyId, Money amount, Long excludedRecoveryId) {
        RecoverableAmount r = recoverable(companyId, amount.currency(), excludedRecoveryId);
        if (amount.compareTo(r.available()) > 0) {
            throw new RecoveryExceedsPaidException(r.paid().toString(), r.claimed().toString(),
                    r.available().toString());
        }
    }

    private boolean hasCommittedShare(long companyId, long roundId, CurrencyCode currency) {
        return !em.createQuery("select sh.claimId from AllocationScenario s join s.shares sh where s.roundId = :round "
                        + "and s.status = org.usrok.fund.allocation.ScenarioStatus.COMMITTED "
                        + "and sh.companyId = :company and sh.currency = :currency and sh.shareMinor > 0", Long.class)
                .setParameter("round", roundId).setParameter("company", companyId).setParameter("currency", currency)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static void requireOwnCountry(Actor officer, Recovery recovery) {
        if (!officer.isOfficerOf(recovery.getCountry())) {
            throw new OwnCountryOnlyException(officer.username(), recovery.getCountry());
        }
    }

    private static String reference(Recovery recovery) {
        return "company:" + recovery.getCompanyId()
                + (recovery.getRoundId() == null ? "" : " round:" + recovery.getRoundId());
    }

    private static String describe(Recovery recovery, Company company) {
        return company.getLegalName() + " (company " + company.getId() + ")"
                + (recovery.getRoundId() == null ? "" : ", round " + recovery.getRoundId());
    }

    /**
     * Locks the company's row until the transaction ends (a plain {@code SELECT ... FOR UPDATE},
     * like {@code round.RoundRowLock}), so recoveries from one company are opened and approved one
     * at a time against what was paid to it.
     */
    private Company lockCompany(long companyId) {
        List<?> locked = em.createNativeQuery("select id from company where id = ?1 for update")
                .setParameter(1, companyId).getResultList();
        if (locked.isEmpty()) {
            throw RecoveryInputInvalidException.unknownCompany(companyId);
        }
        Company company = em.find(Company.class, companyId);
        em.refresh(company);
        return company;
    }

    /** Locks the recovery's row until the transaction ends, then reads it as it now is. */
    private Recovery lockRecovery(long recoveryId) {
        List<?> locked = em.createNativeQuery("select id from recovery where id = ?1 for update")
                .setParameter(1, recoveryId).getResultList();
        if (locked.isEmpty()) {
            throw new EntityNotFoundException(Recovery.ENTITY, recoveryId);
        }
        Recovery recovery = em.find(Recovery.class, recoveryId);
        em.refresh(recovery);
        return recovery;
    }

    private Recovery recovery(Long recoveryId) {
        Recovery recovery = em.find(Recovery.class, recoveryId);
        if (recovery == null) {
            throw new EntityNotFoundException(Recovery.ENTITY, recoveryId);
        }
        return recovery;
    }

    private Company company(long companyId) {
        Company company = em.find(Company.class, companyId);
        if (company == null) {
            throw new EntityNotFoundException("Company", companyId);
        }
        return company;
    }

    private List<RecoveryReceipt> receipts(long recoveryId) {
        return em.createQuery("select r from RecoveryReceipt r where r.recoveryId = :id order by r.number",
                RecoveryReceipt.class).setParameter("id", recoveryId).getResultList();
    }

    private Map<Long, String> companyNames(List<Recovery> recoveries) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = new ArrayList<>(recoveries.stream().map(Recovery::getCompanyId).distinct().toList());
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, c.legalName from Company c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private RecoveryDetails details(Recovery recovery, boolean asCompany) {
        FundingRound round = recovery.getRoundId() == null ? null : em.find(FundingRound.class, recovery.getRoundId());
        return details(recovery, company(recovery.getCompanyId()).getLegalName(), round, receipts(recovery.getId()),
                asCompany);
    }

    private static RecoveryDetails details(Recovery recovery, String companyName, FundingRound round,
                                           List<RecoveryReceipt> receipts, boolean asCompany) {
        return RecoveryDetails.of(recovery, companyName, round == null ? null : round.getNameEn(),
                round == null ? null : round.getNameKo(), receipts, asCompany);
    }

    private RecoveryDetails flushAndAudit(Recovery recovery, String action, RecoveryDetails before) {
        OptimisticLocking.flush(em, Recovery.ENTITY, recovery.getId());
        var after = details(recovery, false);
        audit.record(action, Recovery.ENTITY, recovery.getId(), before, after);
        return after;
    }
}
