package org.usrok.fund.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.attachment.Attachment;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.company.Company;
import org.usrok.fund.dashboard.AuditorDashboard.Certificate;
import org.usrok.fund.dashboard.AuditorDashboard.CurrencyBalance;
import org.usrok.fund.dashboard.AuditorDashboard.ExportRecord;
import org.usrok.fund.dashboard.CompanyDashboard.RoundMoney;
import org.usrok.fund.dashboard.OfficerDashboard.GovernmentFund;
import org.usrok.fund.dashboard.OfficerDashboard.MaterialAllocation;
import org.usrok.fund.dashboard.OfficerDashboard.MonthlyDisbursement;
import org.usrok.fund.dashboard.OfficerDashboard.WaitingBatch;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.payout.PayoutAccountStatus;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of the portal's home page, one read model per kind of viewer. Every figure is an
 * aggregate query (count or sum, grouped in the database), never a walk over loaded rows, so the
 * page costs a handful of queries however large the fund grows.
 *
 * <p>Scope is decided here, not in the page: a company sees only its own company's figures (the
 * company its account is bound to); an officer's queues are those of the officer's own country
 * (the records the officer may act on), while the fund's totals are shared by both governments;
 * the ledger figures are the auditors'; account and reference counts the administrators'.
 */
@Stateless
public class DashboardService {

    private static final Set<ClaimStatus> QUEUED_CLAIMS = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW,
            ClaimStatus.REVIEWED);
    private static final Set<ApplicationStatus> QUEUED_APPLICATIONS = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW);
    private static final Set<RecoveryStatus> OWED = EnumSet.of(RecoveryStatus.APPROVED,
            RecoveryStatus.PARTIALLY_RECOVERED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    /** The signed-in company's figures; empty ones while the account is not bound to a company. */
    @RolesAllowed(Role.COMPANY_NAME)
    public CompanyDashboard company() {
        Actor actor = currentActor.get();
        Long companyId = actor.companyId();
        Company company = companyId == null ? null : em.find(Company.class, companyId);
        long unread = em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", actor.username()).getSingleResult();
        if (company == null) {
            return new CompanyDashboard(null, null, List.of(), List.of(), 0, 0, unread, 0, 0, List.of(), null);
        }
        CurrencyCode currency = company.getCountry().currency();
        var applications = statusCounts(em.createQuery("select a.status, count(a) from FundApplication a "
                + "where a.companyId = :company group by a.status", Object[].class).setParameter("company", companyId));
        var claims = statusCounts(em.createQuery("select c.status, count(c) from DiversificationClaim c "
                + "where c.companyId = :company group by c.status", Object[].class).setParameter("company", companyId));
        Set<ApplicationStatus> editableApplications = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
        Set<ClaimStatus> editableClaims = EnumSet.of(ClaimStatus.DRAFT, ClaimStatus.RETURNED);
        long applicationsWithoutEvidence = em.createQuery("select count(a) from FundApplication a "
                        + "where a.companyId = :company and a.status in :editable and not exists (select f.id from "
                        + "Attachment f where f.ownerType = :owner and f.ownerId = a.id)", Long.class)
                .setParameter("company", companyId).setParameter("editable", editableApplications)
                .setParameter("owner", Attachment.Owner.APPLICATION).getSingleResult();
        long claimsWithoutEvidence = em.createQuery("select count(c) from DiversificationClaim c "
                        + "where c.companyId = :company and c.status in :editable and not exists (select f.id from "
                        + "Attachment f where f.ownerType = :owner and f.ownerId = c.id)", Long.class)
                .setParameter("company", companyId).setParameter("editable", editableClaims)
                .setParameter("owner", Attachment.Owner.CLAIM).getSingleResult();
        long owed = em.createQuery("select coalesce(sum(r.amountMinor - r.recoveredMinor), 0) from Recovery r "
                        + "where r.companyId = :company and r.status in :owed", Long.class)
                .setParameter("company", companyId).setParameter("owed", OWED).getSingleResult();
        return new CompanyDashboard(companyId, currency, applications, claims,
                count(applications, ApplicationStatus.RETURNED), count(claims, ClaimStatus.RETURNED), unread,
                applicationsWithoutEvidence, claimsWithoutEvidence, roundMoney(companyId, currency),
                Money.ofMinor(owed, currency));
    }

    private List<RoundMoney> roundMoney(long companyId, CurrencyCode currency) {
        Map<Long, long[]> sums = new TreeMap<>();
        em.createQuery("select c.roundId, sum(c.claimedMinor), sum(case when c.status = :approved "
                        + "then coalesce(c.approvedMinor, 0) else 0 end) from DiversificationClaim c "
                        + "where c.companyId = :company and c.status <> :draft group by c.roundId", Object[].class)
                .setParameter("company", companyId).setParameter("approved", ClaimStatus.APPROVED)
                .setParameter("draft", ClaimStatus.DRAFT).getResultStream()
                .forEach(r -> {
                    long[] s = sums.computeIfAbsent((Long) r[0], k -> new long[4]);
                    s[0] = number(r[1]);
                    s[1] = number(r[2]);
                });
        em.createQuery("select a.roundId, sum(s.shareMinor) from AllocationScenario a join a.shares s "
                        + "where a.status = :committed and s.companyId = :company group by a.roundId", Object[].class)
                .setParameter("committed", ScenarioStatus.COMMITTED).setParameter("company", companyId)
                .getResultStream().forEach(r -> sums.computeIfAbsent((Long) r[0], k -> new long[4])[2] = number(r[1]));
        em.createQuery("select b.roundId, sum(p.amountMinor) from Payment p, DisbursementBatch b "
                        + "where b.id = p.batchId and p.companyId = :company and p.status in :disbursed "
                        + "group by b.roundId", Object[].class)
                .setParameter("company", companyId).setParameter("disbursed", PaymentStatus.DISBURSED)
                .getResultStream().forEach(r -> sums.computeIfAbsent((Long) r[0], k -> new long[4])[3] = number(r[1]));
        if (sums.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = em.createQuery("select r.id, r.nameEn, r.nameKo from FundingRound r "
                        + "where r.id in :ids", Object[].class).setParameter("ids", sums.keySet()).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> new String[] {(String) r[1], (String) r[2]}));
        return sums.entrySet().stream().map(e -> {
            long[] s = e.getValue();
            String[] name = names.getOrDefault(e.getKey(), new String[2]);
            return new RoundMoney(e.getKey(), name[0], name[1], Money.ofMinor(s[0], currency),
                    Money.ofMinor(s[1], currency), Money.ofMinor(s[2], currency), Money.ofMinor(s[3], currency));
        }).toList();
    }

    /**
     * The signed-in officer's figures: the fund per government, the queues of the officer's own
     * country (applications and claims awaiting review, overdue claims, payout accounts to verify,
     * recoveries awaiting a second officer) and the prepared batches of the officer's government
     * that another officer must release (four eyes).
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public OfficerDashboard officer() {
        CountryCode country = currentActor.get().roles().stream().flatMap(r -> r.officerCountry().stream())
                .findFirst().orElseThrow();
        var applicationQueue = statusCounts(em.createQuery("select a.status, count(a) from FundApplication a "
                        + "where a.country = :country and a.status in :queued group by a.status", Object[].class)
                .setParameter("country", country).setParameter("queued", QUEUED_APPLICATIONS));
        var claimQueue = statusCounts(em.createQuery("select c.status, count(c) from DiversificationClaim c "
                        + "where c.country = :country and c.status in :queued group by c.status", Object[].class)
                .setParameter("country", country).setParameter("queued", QUEUED_CLAIMS));
        long overdue = em.createQuery("select count(c) from DiversificationClaim c where c.country = :country "
                + "and c.overdueSince is not null", Long.class).setParameter("country", country).getSingleResult();
        long payoutAccounts = em.createQuery("select count(a) from PayoutAccount a where a.companyCountry = :country "
                        + "and a.status = :pending", Long.class).setParameter("country", country)
                .setParameter("pending", PayoutAccountStatus.PENDING_VERIFICATION).getSingleResult();
        long recoveries = em.createQuery("select count(r) from Recovery r where r.country = :country "
                        + "and r.status = :opened", Long.class).setParameter("country", country)
                .setParameter("opened", RecoveryStatus.OPENED).getSingleResult();
        var rounds = statusCounts(em.createQuery("select r.status, count(r) from FundingRound r group by r.status",
                Object[].class));
        List<WaitingBatch> batches = em.createQuery("select b.id, b.roundId, b.totalMinor, b.paymentCount, "
                        + "b.preparedBy, b.preparedAt from DisbursementBatch b where b.currency = :currency "
                        + "and b.status = :prepared order by b.preparedAt", Object[].class)
                .setParameter("currency", country.currency()).setParameter("prepared", BatchStatus.PREPARED)
                .getResultStream().map(r -> new WaitingBatch((Long) r[0], (Long) r[1],
                        Money.ofMinor(number(r[2]), country.currency()), ((Number) r[3]).intValue(), (String) r[4],
                        (Instant) r[5])).toList();
        var claimsByStatus = statusCounts(em.createQuery("select c.status, count(c) from DiversificationClaim c "
                        + "where c.country = :country and c.status <> :draft group by c.status", Object[].class)
                .setParameter("country", country).setParameter("draft", ClaimStatus.DRAFT));
        return new OfficerDashboard(country, governments(), applicationQueue, claimQueue, overdue, payoutAccounts,
                recoveries, rounds, batches, claimsByStatus, allocationByMaterial(), disbursedByMonth());
    }

    private List<GovernmentFund> governments() {
        Object[] pledged = em.createQuery("select coalesce(sum(r.usContributionMinor), 0), "
                        + "coalesce(sum(r.krContributionMinor), 0) from FundingRound r where r.status <> :draft",
                Object[].class).setParameter("draft", RoundStatus.DRAFT).getSingleResult();
        Map<CountryCode, Long> received = byCountry(em.createQuery("select r.government, sum(r.amountMinor) "
                + "from ContributionReceipt r group by r.government", Object[].class));
        Map<CurrencyCode, Long> allocated = byCurrency(em.createQuery("select s.currency, sum(s.shareMinor) "
                        + "from AllocationScenario a join a.shares s where a.status = :committed group by s.currency",
                Object[].class).setParameter("committed", ScenarioStatus.COMMITTED));
        Map<CurrencyCode, Long> paid = byCurrency(em.createQuery("select p.currency, sum(p.amountMinor) "
                        + "from Payment p where p.status in :disbursed group by p.currency", Object[].class)
                .setParameter("disbursed", PaymentStatus.DISBURSED));
        Map<CurrencyCode, Long> recovered = byCurrency(em.createQuery("select r.currency, sum(r.recoveredMinor) "
                + "from Recovery r group by r.currency", Object[].class));
        return List.of(CountryCode.US, CountryCode.KR).stream().map(g -> {
            CurrencyCode c = g.currency();
            long in = received.getOrDefault(g, 0L);
            long out = paid.getOrDefault(c, 0L);
            long back = recovered.getOrDefault(c, 0L);
            return new GovernmentFund(g, Money.ofMinor(number(pledged[g == CountryCode.US ? 0 : 1]), c),
                    Money.ofMinor(in, c), Money.ofMinor(allocated.getOrDefault(c, 0L), c), Money.ofMinor(out, c),
                    Money.ofMinor(back, c), Money.ofMinor(in - out + back, c));
        }).toList();
    }

    private List<MaterialAllocation> allocationByMaterial() {
        return em.createQuery("select s.country, m, s.currency, sum(s.shareMinor) from AllocationScenario a "
                        + "join a.shares s, DiversificationClaim c, FundApplication ap join ap.materials m "
                        + "where a.status = :committed and c.id = s.claimId and ap.id = c.applicationId "
                        + "group by s.country, m, s.currency order by s.country, m", Object[].class)
                .setParameter("committed", ScenarioStatus.COMMITTED).getResultStream()
                .map(r -> new MaterialAllocation((CountryCode) r[0], (String) r[1],
                        Money.ofMinor(number(r[3]), (CurrencyCode) r[2]))).toList();
    }

    private List<MonthlyDisbursement> disbursedByMonth() {
        return em.createQuery("select extract(year from b.releasedAt), extract(month from b.releasedAt), p.currency, "
                        + "sum(p.amountMinor) from Payment p, DisbursementBatch b where b.id = p.batchId "
                        + "and p.status in :disbursed and b.releasedAt is not null "
                        + "group by extract(year from b.releasedAt), extract(month from b.releasedAt), p.currency "
                        + "order by 1, 2", Object[].class)
                .setParameter("disbursed", PaymentStatus.DISBURSED).getResultStream()
                .map(r -> new MonthlyDisbursement(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        Money.ofMinor(number(r[3]), (CurrencyCode) r[2]))).toList();
    }

    /**
     * The auditor's figures: journal size and head, the latest checkpoint and reconciliation, the
     * trial balance per currency (debits against credits over every posted line), the ten latest
     * exports (their {@code LEDGER_EXPORTED} audit records) and the committed allocations' certificates.
     */
    @RolesAllowed(Role.AUDITOR_NAME)
    public AuditorDashboard auditor() {
        Object[] head = em.createQuery("select count(e), max(e.sequence), max(e.recordedAt) from JournalEntry e",
                Object[].class).getSingleResult();
        var checkpoint = em.createQuery("select c.sequence, c.recordedAt, c.reason from LedgerCheckpoint c "
                + "order by c.sequence desc, c.id desc", Object[].class).setMaxResults(1).getResultStream()
                .findFirst().orElse(new Object[3]);
        Instant reconciled = em.createQuery("select max(r.occurredAt) from AuditRecord r "
                + "where r.action = 'LEDGER_RECONCILED'", Instant.class).getSingleResult();
        List<CurrencyBalance> balance = em.createQuery("select l.currency, "
                        + "sum(case when l.side = :debit then l.amountMinor else 0 end), "
                        + "sum(case when l.side = :credit then l.amountMinor else 0 end) from JournalEntry e "
                        + "join e.lines l group by l.currency order by l.currency", Object[].class)
                .setParameter("debit", Side.DEBIT).setParameter("credit", Side.CREDIT).getResultStream()
                .map(r -> new CurrencyBalance((CurrencyCode) r[0], Money.ofMinor(number(r[1]), (CurrencyCode) r[0]),
                        Money.ofMinor(number(r[2]), (CurrencyCode) r[0]))).toList();
        List<ExportRecord> exports = em.createQuery("select r.occurredAt, r.actor, r.entityId from AuditRecord r "
                        + "where r.action = 'LEDGER_EXPORTED' order by r.id desc", Object[].class).setMaxResults(10)
                .getResultStream().map(r -> new ExportRecord((Instant) r[0], (String) r[1], (String) r[2])).toList();
        List<Certificate> certificates = em.createQuery("select a.id, a.name, a.roundId, r.nameEn, a.committedAt, "
                        + "a.certificateDigest from AllocationScenario a, FundingRound r where r.id = a.roundId "
                        + "and a.status = :committed order by a.committedAt desc",
                Object[].class).setParameter("committed", ScenarioStatus.COMMITTED).getResultStream()
                .map(r -> new Certificate((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Instant) r[4],
                        (String) r[5])).toList();
        return new AuditorDashboard(number(head[0]), (Long) head[1], (Instant) head[2], (Long) checkpoint[0],
                (Instant) checkpoint[1], checkpoint[2] == null ? null : checkpoint[2].toString(), reconciled,
                balance, exports, certificates);
    }

    /** The administrator's figures: accounts per role, disabled accounts, reference data counts. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AdminDashboard admin() {
        var byRole = statusCounts(em.createQuery("select r, count(u) from UserAccount u join u.roles r group by r",
                Object[].class));
        Object[] accounts = em.createQuery("select count(u), coalesce(sum(case when u.enabled = false then 1 else 0 end), 0) "
                + "from UserAccount u", Object[].class).getSingleResult();
        Object[] materials = em.createQuery("select count(m), coalesce(sum(case when m.active = true then 1 else 0 end), 0) "
                + "from CriticalMaterial m", Object[].class).getSingleResult();
        long categories = em.createQuery("select count(c) from CostCategory c", Long.class).getSingleResult();
        return new AdminDashboard(byRole, number(accounts[0]), number(accounts[1]), number(materials[0]),
                number(materials[1]), categories);
    }

    private static List<StatusCount> statusCounts(TypedQuery<Object[]> query) {
        return query.getResultStream().map(r -> new StatusCount(((Enum<?>) r[0]).name(), number(r[1])))
                .sorted(Comparator.comparing(StatusCount::status)).toList();
    }

    private static long count(List<StatusCount> counts, Enum<?> status) {
        return counts.stream().filter(c -> c.status().equals(status.name())).mapToLong(StatusCount::count).sum();
    }

    private static Map<CountryCode, Long> byCountry(TypedQuery<Object[]> query) {
        Map<CountryCode, Long> map = new EnumMap<>(CountryCode.class);
        query.getResultStream().forEach(r -> map.put((CountryCode) r[0], number(r[1])));
        return map;
    }

    private static Map<CurrencyCode, Long> byCurrency(TypedQuery<Object[]> query) {
        Map<CurrencyCode, Long> map = new EnumMap<>(CurrencyCode.class);
        query.getResultStream().forEach(r -> map.put((CurrencyCode) r[0], number(r[1])));
        return map;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
