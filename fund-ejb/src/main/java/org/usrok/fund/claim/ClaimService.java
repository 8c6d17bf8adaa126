package org.usrok.fund.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.FundApplication;
import org.usrok.fund.attachment.Attachment;
import org.usrok.fund.attachment.AttachmentStore;
import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.attachment.UploadFile;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.company.Company;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.reference.CostCategorySummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Filters;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims and their review. Rules enforced here for every caller, whatever page or API asked:
 * <ul>
 *   <li>a company user files, corrects, submits and attaches evidence only for their own company,
 *       under an approved application, within the round's claim window;</li>
 *   <li>price-differential amounts are computed by {@link PriceDifferential}, never typed in;</li>
 *   <li>company users never review; officers act only on their own country's claims; the officer
 *       who took a claim under review completes or returns it; a different officer approves;</li>
 *   <li>two officers acting on the same claim at once: one wins, the other gets a conflict;</li>
 *   <li>a company sees only its own claims (another company's answers "not found");</li>
 *   <li>a draft is the company's private work: nobody else sees it (not in queues, not by id)
 *       until it is submitted;</li>
 *   <li>a company sees its reviewer and approver as "U.S. officer"/"ROK officer", never by login
 *       name: officers decide for their government; officers and auditors see the names;</li>
 *   <li>every transition is audited and announced to whoever must act or know; a refused review
 *   or decision is audited as refused ({@code @RecordsRefusals}).</li>
 * </ul>
 */
@Stateless
public class ClaimService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    @ConfigProperty(name = "fund.claims.review-sla-days", defaultValue = "10")
    int reviewSlaDays;

    @RolesAllowed(Role.COMPANY_NAME)
    public ClaimDetails file(@NotNull @Valid FileClaim command) {
        Actor actor = currentActor.get();
        // the application, its round with its categories and the company's name in one statement
        // instead of three: filing is the busiest write (issue 16, docs/performance.md); a list, not
        // a stream, so that every row is read and the round holds all its categories
        List<Object[]> rows = em.createQuery("select a, r, co.legalName from FundApplication a"
                        + " join FundingRound r on r.id = a.roundId left join fetch r.costCategories"
                        + " join Company co on co.id = a.companyId"
                        + " where a.id = :application and a.companyId = :company", Object[].class)
                .setParameter("application", command.applicationId())
                .setParameter("company", actor.companyId())
                .getResultList();
        if (rows.isEmpty()) {
            throw new EntityNotFoundException(FundApplication.ENTITY, command.applicationId());
        }
        Object[] filing = rows.get(0);
        FundApplication application = (FundApplication) filing[0];
        FundingRound round = (FundingRound) filing[1];
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new ApplicationNotApprovedException(application.getId(), application.getStatus());
        }
        round.requireClaimWindow(Clock.now());
        var claim = DiversificationClaim.file(round.getId(), application.getId(), application.getCompanyId(),
                application.getCountry(), command.title().strip(), lines(round, application, command.lines()));
        // no flush here: persist gives the claim its id and first version, and the inserts go with
        // the audit record's in the commit's one flush (issue 16); a claim filed just now has no
        // attachments yet, so no query for them either
        em.persist(claim);
        var details = ClaimDetails.of(claim, round.getNameEn(), (String) filing[2], List.of());
        audit.record("CLAIM_FILED", DiversificationClaim.ENTITY, claim.getId(), null, details);
        return details.asSeenByCompany();
    }

    @RolesAllowed(Role.COMPANY_NAME)
    public ClaimDetails revise(@NotNull Long claimId, Long expectedVersion, @NotNull @Valid ReviseClaim command) {
        DiversificationClaim claim = ownClaim(claimId, expectedVersion);
        FundingRound round = em.find(FundingRound.class, claim.getRoundId());
        FundApplication application = em.find(FundApplication.class, claim.getApplicationId());
        var before = details(claim);
        claim.revise(command.title().strip(), lines(round, application, command.lines()));
        return flushAndAudit(claim, "CLAIM_REVISED", before).asSeenByCompany();
    }

    @RolesAllowed(Role.COMPANY_NAME)
    public ClaimDetails submit(@NotNull Long claimId, Long expectedVersion) {
        DiversificationClaim claim = ownClaim(claimId, expectedVersion);
        if (!claim.isEditable()) {
            throw new StateTransitionRefusedException(DiversificationClaim.ENTITY, claim.getStatus(), "submit");
        }
        FundingRound round = em.find(FundingRound.class, claim.getRoundId());
        Instant now = Clock.now();
        round.requireClaimWindow(now);
        var before = details(claim);
        claim.submit(now);
        var after = flushAndAudit(claim, "CLAIM_SUBMITTED", before);
        notifications.notifyOfficers(claim.getCountry(), "CLAIM_SUBMITTED", DiversificationClaim.ENTITY, claim.getId(),
                "notification.claimSubmitted", after.companyName(), after.claimed().toString());
        return after.asSeenByCompany();
    }

    @RolesAllowed(Role.COMPANY_NAME)
    public AttachmentSummary attach(@NotNull Long claimId, @NotNull @Valid UploadFile file) {
        DiversificationClaim claim = ownClaim(claimId, null);
        if (!claim.isEditable()) {
            throw new StateTransitionRefusedException(DiversificationClaim.ENTITY, claim.getStatus(), "attach");
        }
        return attachments.store(Attachment.Owner.CLAIM, claim.getId(), claim.getCompanyId(), file);
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ClaimDetails startReview(@NotNull Long claimId, Long expectedVersion) {
        Actor officer = currentActor.get();
        DiversificationClaim claim = forOfficer(officer, claimId, expectedVersion);
        var before = details(claim);
        claim.startReview(officer.username());
        return flushAndAudit(claim, "CLAIM_REVIEW_STARTED", before);
    }

    @RecordsRefusals(action = "CLAIM_REVIEWED", entityType = DiversificationClaim.ENTITY, idComponent = "claimId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ClaimDetails completeReview(@NotNull @Valid CompleteReview command) {
        Actor officer = currentActor.get();
        DiversificationClaim claim = forOfficer(officer, command.claimId(), command.expectedVersion());
        var before = details(claim);
        claim.completeReview(officer.username(), command.lines(), Clock.now());
        var after = flushAndAudit(claim, "CLAIM_REVIEWED", before);
        notifications.notifyOfficers(claim.getCountry(), "CLAIM_AWAITS_APPROVAL", DiversificationClaim.ENTITY,
                claim.getId(), "notification.claimAwaitsApproval", after.companyName(), after.approved().toString(),
                officer.username());
        return after;
    }

    @RecordsRefusals(action = "CLAIM_DECIDED", entityType = DiversificationClaim.ENTITY, idComponent = "claimId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ClaimDetails decide(@NotNull @Valid DecideClaim command) {
        Actor officer = currentActor.get();
        DiversificationClaim claim = forOfficer(officer, command.claimId(), command.expectedVersion());
        var before = details(claim);
        Instant now = Clock.now();
        switch (command.decision()) {
            case APPROVE -> claim.approve(officer.username(), command.reason(), now);
            case REJECT -> claim.reject(officer.username(), command.reason(), now);
            case RETURN -> claim.returnForCorrection(officer.username(), command.reason(), now);
        }
        var after = flushAndAudit(claim, "CLAIM_" + claim.getStatus(), before);
        Money amount = after.approved() == null ? after.claimed() : after.approved();
        notifications.notifyCompany(claim.getCompanyId(), "CLAIM_" + claim.getStatus(), DiversificationClaim.ENTITY,
                claim.getId(), "notification.claim." + claim.getStatus(), after.title(), amount.toString(),
                after.decisionReason() == null ? "" : after.decisionReason());
        return after;
    }

    /**
     * Marks every claim that has waited for review longer than {@code fund.claims.review-sla-days}
     * as of {@code asOf} overdue, and tells the officers of its country. Run by the
     * {@link ReviewSlaTimer}; {@code asOf} is a parameter so the rule can be tested without waiting.
     * At most 1,000 claims a run, read in a fixed number of statements whatever their number: their
     * ids, then the claims with their lines, round and company names in one fetch join, then their
     * attachments, and the officers of each country once; one flush writes them all, and each
     * gets its {@code CLAIM_OVERDUE} audit record (before and after) and notifications as before.
     *
     * @return the number of claims newly marked overdue
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int flagOverdueClaims(@NotNull Instant asOf) {
        Instant submittedBefore = asOf.minus(Duration.ofDays(reviewSlaDays));
        List<Long> ids = em.createQuery("select c.id from DiversificationClaim c where c.status in :waiting "
                        + "and c.overdueSince is null and c.submittedAt < :before order by c.id", Long.class)
                .setParameter("waiting", List.of(ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW))
                .setParameter("before", submittedBefore)
                .setMaxResults(1000)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = em.createQuery("select c, r.nameEn, co.legalName from DiversificationClaim c"
                        + " left join fetch c.lines join FundingRound r on r.id = c.roundId"
                        + " join Company co on co.id = c.companyId where c.id in :ids order by c.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<AttachmentSummary>> files = attachments.listAll(Attachment.Owner.CLAIM, ids);
        Map<Long, OverdueClaim> marked = new LinkedHashMap<>();
        for (Object[] row : rows) {
            DiversificationClaim claim = (DiversificationClaim) row[0];
            if (marked.containsKey(claim.getId())) {
                continue;
            }
            var claimFiles = files.getOrDefault(claim.getId(), List.of());
            var before = ClaimDetails.of(claim, (String) row[1], (String) row[2], claimFiles);
            if (claim.markOverdue(asOf)) {
                marked.put(claim.getId(), new OverdueClaim(claim, (String) row[1], (String) row[2], claimFiles, before));
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(DiversificationClaim.ENTITY,
                    e.getEntity() instanceof DiversificationClaim c ? c.getId() : marked.keySet().iterator().next());
        }
        Map<CountryCode, List<String>> officers = new EnumMap<>(CountryCode.class);
        for (OverdueClaim overdue : marked.values()) {
            DiversificationClaim claim = overdue.claim();
            var after = ClaimDetails.of(claim, overdue.roundName(), overdue.companyName(), overdue.files());
            audit.record("CLAIM_OVERDUE", DiversificationClaim.ENTITY, claim.getId(), overdue.before(), after);
            notifications.notifyUsers(officers.computeIfAbsent(claim.getCountry(), notifications::officers),
                    "CLAIM_OVERDUE", DiversificationClaim.ENTITY, claim.getId(), "notification.claimOverdue",
                    after.companyName(), after.title(), reviewSlaDays);
        }
        return marked.size();
    }

    /** A claim newly marked overdue, with what its audit record needs. */
    private record OverdueClaim(DiversificationClaim claim, String roundName, String companyName,
                                List<AttachmentSummary> files, ClaimDetails before) implements Serializable {
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public ClaimDetails get(@NotNull Long claimId) {
        var details = details(visible(claimId));
        return currentActor.get().canReadEverything() ? details : details.asSeenByCompany();
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditEntry> history(@NotNull Long claimId) {
        DiversificationClaim claim = visible(claimId);
        return currentActor.get().canReadEverything()
                ? audit.historyOfVisibleEntity(DiversificationClaim.ENTITY, claim.getId())
                : audit.historyAsSeenByCompany(DiversificationClaim.ENTITY, claim.getId(), claim.getCompanyId());
    }

    /** Every claim {@link #list} would page through for {@code query}, for an export: the same filter and visibility. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ClaimSummary> listAll(@NotNull ClaimQuery query) {
        return AllPages.of(page -> list(query, page));
    }

    /**
     * Claims newest first; a company sees only its own (with officers by role), everyone else
     * every country's submitted claims but no drafts (the queue's country filter defaults to the
     * officer's own country in the portal, since officers act only on those). Only the filters
     * given become conditions, and the total counts claims alone (every claim has its round and
     * company), so both queries use the queue's index over 1,000,000 claims (B4, docs/performance.md).
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<ClaimSummary> list(@NotNull ClaimQuery query, @NotNull PageRequest page) {
        Listing listing = listing(query);
        return new Page<>(rows(listing, page), page.page(), page.size(), count(listing));
    }

    /**
     * How many claims {@link #list} pages through for {@code query}. With {@link #page}, for the
     * portal's lazy queue, which asks for the count and for the rows separately: each of the two
     * queries then runs once per page shown instead of twice.
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public long count(@NotNull ClaimQuery query) {
        return count(listing(query));
    }

    /** The claims of one page of {@link #list}, without counting the total (see {@link #count}). */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ClaimSummary> page(@NotNull ClaimQuery query, @NotNull PageRequest page) {
        return rows(listing(query), page);
    }

    /** The conditions of {@link #list} for the caller: who sees what, then the query's filters. */
    private Listing listing(ClaimQuery query) {
        Actor actor = currentActor.get();
        Long own = actor.canReadEverything() ? null : actor.companyId() == null ? -1L : actor.companyId();
        Filters filters = new Filters()
                .where("c.companyId = :own", "own", own)
                .where("c.roundId = :round", "round", query.roundId())
                .where("c.status = :status", "status", query.status())
                .where("c.country = :country", "country", query.country());
        if (own == null) {
            filters.where("c.status <> org.usrok.fund.claim.ClaimStatus.DRAFT");
        }
        if (query.overdue() != null) {
            filters.where(query.overdue() ? "c.overdueSince is not null" : "c.overdueSince is null");
        }
        if (Boolean.TRUE.equals(query.withoutEvidence())) {
            filters.where("c.status in (org.usrok.fund.claim.ClaimStatus.DRAFT, org.usrok.fund.claim.ClaimStatus.RETURNED)"
                    + " and not exists (select f.id from Attachment f where f.ownerType = "
                    + "org.usrok.fund.attachment.Attachment.Owner.CLAIM and f.ownerId = c.id)");
        }
        return new Listing(filters, own != null);
    }

    private long count(Listing listing) {
        return listing.filters().bind(em.createQuery("select count(c) from DiversificationClaim c"
                + listing.filters().clause(), Long.class)).getSingleResult();
    }

    private List<ClaimSummary> rows(Listing listing, PageRequest page) {
        var items = listing.filters().bind(em.createQuery("select new org.usrok.fund.claim.ClaimSummary(c.id, c.version,"
                        + " c.roundId, r.nameEn, c.companyId, co.legalName, c.country, c.currency, c.title, c.status,"
                        + " c.claimedMinor, c.approvedMinor, c.submittedAt, c.reviewer, c.overdueSince)"
                        + " from DiversificationClaim c, FundingRound r, Company co"
                        + listing.filters().clause("r.id = c.roundId", "co.id = c.companyId") + " order by c.id desc",
                        ClaimSummary.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return listing.company() ? items.stream().map(ClaimSummary::asSeenByCompany).toList() : items;
    }

    /** A list's filters; {@code company}: the caller sees its own claims only. */
    private record Listing(Filters filters, boolean company) {
    }

    private List<ClaimLine> lines(FundingRound round, FundApplication application, List<ClaimLineInput> inputs) {
        var currency = application.getCountry().currency();
        List<CostCategorySummary> categories = reference.requireActiveCategories(
                inputs.stream().map(ClaimLineInput::category).toList(), i -> "lines[" + i + "].category");
        List<ClaimLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ClaimLineInput in = inputs.get(i);
            int lineNo = i + 1;
            String prefix = "lines[" + i + "].";
            CostCategorySummary category = categories.get(i);
            if (!round.supportsCostCategory(category.code())) {
                throw new ClaimLineInvalidException(lineNo, "category", "error.claimLine.categoryNotEligible");
            }
            if (in.periodEndsOn().isBefore(in.periodStartsOn())) {
                throw new ClaimLineInvalidException(lineNo, "periodEndsOn", "error.claimLine.period");
            }
            Money amount;
            if (category.computedByRule()) {
                if (in.amount() != null) {
                    throw new ClaimLineInvalidException(lineNo, "amount", "error.claimLine.amountComputed");
                }
                if (in.oldUnitPrice() == null || in.newUnitPrice() == null || in.quantity() == null) {
                    throw new ClaimLineInvalidException(lineNo, "newUnitPrice", "error.claimLine.pricesRequired");
                }
                try {
                    amount = PriceDifferential.eligibleAmount(in.oldUnitPrice(), in.newUnitPrice(), in.quantity(),
                            round.getEligibleShare(), currency);
                } catch (PriceDifferentialNotEligibleException e) {
                    throw new ClaimLineInvalidException(lineNo, "newUnitPrice", "error.priceDifferential.notEligible");
                }
            } else {
                if (in.oldUnitPrice() != null || in.newUnitPrice() != null || in.quantity() != null) {
                    throw new ClaimLineInvalidException(lineNo, "amount", "error.claimLine.pricesOnlyForDifferential");
                }
                amount = InvalidAmountException.require(prefix + "amount", in.amount(), currency, false);
            }
            lines.add(new ClaimLine(category.code(), in.description().strip(), in.periodStartsOn(), in.periodEndsOn(),
                    in.oldUnitPrice(), in.newUnitPrice(), in.quantity(), amount.minorUnits()));
        }
        return lines;
    }

    private DiversificationClaim visible(Long claimId) {
        Actor actor = currentActor.get();
        DiversificationClaim claim = em.find(DiversificationClaim.class, claimId);
        boolean own = claim != null && Long.valueOf(claim.getCompanyId()).equals(actor.companyId());
        if (claim == null || !own && (!actor.canReadEverything() || claim.getStatus() == ClaimStatus.DRAFT)) {
            throw new EntityNotFoundException(DiversificationClaim.ENTITY, claimId);
        }
        return claim;
    }

    private DiversificationClaim ownClaim(Long claimId, Long expectedVersion) {
        Actor actor = currentActor.get();
        DiversificationClaim claim = em.find(DiversificationClaim.class, claimId);
        if (claim == null || !Long.valueOf(claim.getCompanyId()).equals(actor.companyId())) {
            throw new EntityNotFoundException(DiversificationClaim.ENTITY, claimId);
        }
        OptimisticLocking.requireVersion(DiversificationClaim.ENTITY, claim.getId(), claim.getVersion(),
                expectedVersion);
        return claim;
    }

    private DiversificationClaim forOfficer(Actor officer, Long claimId, Long expectedVersion) {
        DiversificationClaim claim = em.find(DiversificationClaim.class, claimId);
        if (claim == null || claim.getStatus() == ClaimStatus.DRAFT) {
            throw new EntityNotFoundException(DiversificationClaim.ENTITY, claimId);
        }
        if (!officer.isOfficerOf(claim.getCountry())) {
            throw new OwnCountryOnlyException(officer.username(), claim.getCountry());
        }
        OptimisticLocking.requireVersion(DiversificationClaim.ENTITY, claim.getId(), claim.getVersion(),
                expectedVersion);
        return claim;
    }

    private ClaimDetails flushAndAudit(DiversificationClaim claim, String action, ClaimDetails before) {
        OptimisticLocking.flush(em, DiversificationClaim.ENTITY, claim.getId());
        var after = details(claim);
        audit.record(action, DiversificationClaim.ENTITY, claim.getId(), before, after);
        return after;
    }

    private ClaimDetails details(DiversificationClaim claim) {
        FundingRound round = em.find(FundingRound.class, claim.getRoundId());
        Company company = em.find(Company.class, claim.getCompanyId());
        return ClaimDetails.of(claim, round.getNameEn(), company.getLegalName(),
                attachments.list(Attachment.Owner.CLAIM, claim.getId()));
    }
}
