package org.usrok.fund.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.attachment.Attachment;
import org.usrok.fund.attachment.AttachmentStore;
import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.attachment.UploadFile;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.Company;
import org.usrok.fund.company.CompanyRequiredException;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.round.WindowClosedException;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.BilingualText;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Filters;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.Instant;
import java.util.List;

/**
 * Applications to rounds. Rules enforced here for every caller: only a company user acts for their
 * own company (drafts, corrects, submits, attaches); submission passes the eligibility screen;
 * only officers of the company's country review and decide; rejections and returns carry a
 * reason; two officers acting at once cannot both win; a company sees only its own applications
 * (another company's answers "not found") and sees officers as "U.S. officer"/"ROK officer", not
 * by login name (officers decide for their government; officers and auditors see the names);
 * a resubmission after a return clears the earlier decision, which stays in the audit trail;
 * every transition is audited and announced.
 */
@Stateless
public class ApplicationService {

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

    @RolesAllowed(Role.COMPANY_NAME)
    public ApplicationDetails apply(@NotNull @Valid ApplyToRound command) {
        Actor actor = currentActor.get();
        Company company = ownCompany(actor);
        FundingRound round = em.find(FundingRound.class, command.roundId());
        if (round == null || round.getStatus() == RoundStatus.DRAFT) {
            throw new EntityNotFoundException(FundingRound.ENTITY, command.roundId());
        }
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new WindowClosedException("application", round.getApplicationOpensAt(), round.getApplicationClosesAt());
        }
        if (hasOpenApplication(round.getId(), company.getId(), null)) {
            throw new OpenApplicationExistsException(round.getId());
        }
        CheckedPlan plan = CheckedPlan.of(command.plan(),
                reference.requireActiveMaterials("plan.materials", command.plan().materials()));
        FundApplication application = FundApplication.start(round.getId(), company.getId(), company.getCountry(), plan);
        em.persist(application);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new OpenApplicationExistsException(round.getId());
        }
        var details = details(application);
        audit.record("APPLICATION_STARTED", FundApplication.ENTITY, application.getId(), null, details);
        return details.asSeenByCompany();
    }

    @RolesAllowed(Role.COMPANY_NAME)
    public ApplicationDetails revise(@NotNull Long applicationId, Long expectedVersion,
                                     @NotNull @Valid DiversificationPlan plan) {
        FundApplication application = ownApplication(applicationId, expectedVersion);
        var before = details(application);
        application.revisePlan(CheckedPlan.of(plan, reference.requireActiveMaterials("plan.materials", plan.materials())));
        return flushAndAudit(application, "APPLICATION_REVISED", before).asSeenByCompany();
    }

    /** Submits after the eligibility screen; refused with every failed check when any fails. */
    @RolesAllowed(Role.COMPANY_NAME)
    public ApplicationDetails submit(@NotNull Long applicationId, Long expectedVersion) {
        FundApplication application = ownApplication(applicationId, expectedVersion);
        if (!application.isEditable()) {
            throw new org.usrok.fund.shared.StateTransitionRefusedException(FundApplication.ENTITY,
                    application.getStatus(), "submit");
        }
        Instant now = Clock.now();
        List<EligibilityCheck> checks = screen(application, now);
        if (!EligibilityScreen.passed(checks)) {
            throw new NotEligibleException(checks);
        }
        var before = details(application);
        application.submit(currentActor.get().username(), now);
        var after = flushAndAudit(application, "APPLICATION_SUBMITTED", before);
        notifications.notifyOfficers(application.getCountry(), "APPLICATION_SUBMITTED", FundApplication.ENTITY,
                application.getId(), "notification.applicationSubmitted", after.companyName(), roundName(application));
        return after.asSeenByCompany();
    }

    /** The eligibility screen as it would run now, for the company to see before submitting. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public List<EligibilityCheck> eligibility(@NotNull Long applicationId) {
        return screen(visible(applicationId), Clock.now());
    }

    private List<EligibilityCheck> screen(FundApplication application, Instant now) {
        Company company = em.find(Company.class, application.getCompanyId());
        FundingRound round = em.find(FundingRound.class, application.getRoundId());
        boolean windowOpen = true;
        try {
            round.requireApplicationWindow(now);
        } catch (WindowClosedException e) {
            windowOpen = false;
        }
        boolean eligibleMaterial = application.getMaterials().stream().anyMatch(round::supportsMaterial);
        return EligibilityScreen.run(company.getStatus() == CompanyStatus.VERIFIED, windowOpen, eligibleMaterial,
                !hasOpenApplication(round.getId(), company.getId(), application.getId()));
    }

    private boolean hasOpenApplication(long roundId, long companyId, Long except) {
        return em.createQuery("select count(a) from FundApplication a where a.roundId = :round and a.companyId = :company "
                        + "and a.status <> :rejected and (:except is null or a.id <> :except)", Long.class)
                .setParameter("round", roundId).setParameter("company", companyId)
                .setParameter("rejected", ApplicationStatus.REJECTED).setParameter("except", except)
                .getSingleResult() > 0;
    }

    @RolesAllowed(Role.COMPANY_NAME)
    public AttachmentSummary attach(@NotNull Long applicationId, @NotNull @Valid UploadFile file) {
        FundApplication application = ownApplication(applicationId, null);
        if (!application.isEditable()) {
            throw new org.usrok.fund.shared.StateTransitionRefusedException(FundApplication.ENTITY,
                    application.getStatus(), "attach");
        }
        return attachments.store(Attachment.Owner.APPLICATION, application.getId(), application.getCompanyId(), file);
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ApplicationDetails startReview(@NotNull Long applicationId, Long expectedVersion) {
        Actor officer = currentActor.get();
        FundApplication application = forOfficer(officer, applicationId, expectedVersion);
        var before = details(application);
        application.startReview(officer.username());
        return flushAndAudit(application, "APPLICATION_REVIEW_STARTED", before);
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ApplicationDetails decide(@NotNull @Valid DecideApplication command) {
        Actor officer = currentActor.get();
        FundApplication application = forOfficer(officer, command.applicationId(), command.expectedVersion());
        var before = details(application);
        application.decide(command.decision(), officer.username(), command.reason(), Clock.now());
        var after = flushAndAudit(application, "APPLICATION_" + application.getStatus(), before);
        notifications.notifyCompany(application.getCompanyId(), "APPLICATION_" + application.getStatus(),
                FundApplication.ENTITY, application.getId(), "notification.application." + application.getStatus(),
                roundName(application), after.decisionReason() == null ? "" : after.decisionReason());
        return after;
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public ApplicationDetails get(@NotNull Long applicationId) {
        var details = details(visible(applicationId));
        return currentActor.get().canReadEverything() ? details : details.asSeenByCompany();
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditEntry> history(@NotNull Long applicationId) {
        FundApplication application = visible(applicationId);
        return currentActor.get().canReadEverything()
                ? audit.historyOfVisibleEntity(FundApplication.ENTITY, application.getId())
                : audit.historyAsSeenByCompany(FundApplication.ENTITY, application.getId(), application.getCompanyId());
    }

    /** Every application {@link #list} would page through for {@code query}, for an export: the same filter and visibility. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ApplicationSummary> listAll(@NotNull ApplicationQuery query) {
        return AllPages.of(page -> list(query, page));
    }

    /**
     * Applications newest first; a company sees only its own (drafts included), everyone else
     * every company's submitted applications but no drafts: a draft is the company's private work
     * until it is submitted. Only the filters given become conditions, and the total counts
     * applications alone (every application has its round and company, by foreign key).
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<ApplicationSummary> list(@NotNull ApplicationQuery query, @NotNull PageRequest page) {
        Listing listing = listing(query);
        return new Page<>(rows(listing, page), page.page(), page.size(), count(listing));
    }

    /**
     * How many applications {@link #list} pages through for {@code query}. With {@link #page}, for
     * the portal's lazy queue, which asks for the count and for the rows separately: each of the
     * two queries then runs once per page shown instead of twice.
     */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public long count(@NotNull ApplicationQuery query) {
        return count(listing(query));
    }

    /** The applications of one page of {@link #list}, without counting the total (see {@link #count}). */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ApplicationSummary> page(@NotNull ApplicationQuery query, @NotNull PageRequest page) {
        return rows(listing(query), page);
    }

    /** The conditions of {@link #list} for the caller: who sees what, then the query's filters. */
    private Listing listing(ApplicationQuery query) {
        Actor actor = currentActor.get();
        Long own = actor.canReadEverything() ? null : actor.companyId() == null ? -1L : actor.companyId();
        Filters filters = new Filters()
                .where("a.companyId = :own", "own", own)
                .where("a.roundId = :round", "round", query.roundId())
                .where("a.status = :status", "status", query.status())
                .where("a.country = :country", "country", query.country());
        if (own == null) {
            filters.where("a.status <> org.usrok.fund.application.ApplicationStatus.DRAFT");
        }
        if (Boolean.TRUE.equals(query.withoutEvidence())) {
            filters.where("a.status in (org.usrok.fund.application.ApplicationStatus.DRAFT,"
                    + " org.usrok.fund.application.ApplicationStatus.RETURNED) and not exists (select f.id from Attachment f"
                    + " where f.ownerType = org.usrok.fund.attachment.Attachment.Owner.APPLICATION and f.ownerId = a.id)");
        }
        return new Listing(filters, own != null);
    }

    private long count(Listing listing) {
        return listing.filters().bind(em.createQuery("select count(a) from FundApplication a"
                + listing.filters().clause(), Long.class)).getSingleResult();
    }

    private List<ApplicationSummary> rows(Listing listing, PageRequest page) {
        var items = listing.filters().bind(em.createQuery("select new org.usrok.fund.application.ApplicationSummary(a.id,"
                        + " a.version, a.roundId, r.nameEn, a.companyId, c.legalName, a.country, a.status, a.submittedAt,"
                        + " a.reviewer, a.updatedAt) from FundApplication a, FundingRound r, Company c"
                        + listing.filters().clause("r.id = a.roundId", "c.id = a.companyId") + " order by a.id desc",
                        ApplicationSummary.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return listing.company() ? items.stream().map(ApplicationSummary::asSeenByCompany).toList() : items;
    }

    /** A list's filters; {@code company}: the caller sees its own applications only. */
    private record Listing(Filters filters, boolean company) {
    }

    private FundApplication visible(Long applicationId) {
        Actor actor = currentActor.get();
        FundApplication application = em.find(FundApplication.class, applicationId);
        boolean own = application != null && Long.valueOf(application.getCompanyId()).equals(actor.companyId());
        if (application == null
                || !own && (!actor.canReadEverything() || application.getStatus() == ApplicationStatus.DRAFT)) {
            throw new EntityNotFoundException(FundApplication.ENTITY, applicationId);
        }
        return application;
    }

    private FundApplication ownApplication(Long applicationId, Long expectedVersion) {
        Actor actor = currentActor.get();
        FundApplication application = em.find(FundApplication.class, applicationId);
        if (application == null || !Long.valueOf(application.getCompanyId()).equals(actor.companyId())) {
            throw new EntityNotFoundException(FundApplication.ENTITY, applicationId);
        }
        OptimisticLocking.requireVersion(FundApplication.ENTITY, application.getId(), application.getVersion(),
                expectedVersion);
        return application;
    }

    private FundApplication forOfficer(Actor officer, Long applicationId, Long expectedVersion) {
        FundApplication application = em.find(FundApplication.class, applicationId);
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT) {
            throw new EntityNotFoundException(FundApplication.ENTITY, applicationId);
        }
        if (!officer.isOfficerOf(application.getCountry())) {
            throw new OwnCountryOnlyException(officer.username(), application.getCountry());
        }
        OptimisticLocking.requireVersion(FundApplication.ENTITY, application.getId(), application.getVersion(),
                expectedVersion);
        return application;
    }

    private Company ownCompany(Actor actor) {
        return actor.boundCompany().map(id -> em.find(Company.class, id))
                .orElseThrow(() -> new CompanyRequiredException(actor.username()));
    }

    private ApplicationDetails flushAndAudit(FundApplication application, String action, ApplicationDetails before) {
        OptimisticLocking.flush(em, FundApplication.ENTITY, application.getId());
        var after = details(application);
        audit.record(action, FundApplication.ENTITY, application.getId(), before, after);
        return after;
    }

    private BilingualText roundName(FundApplication application) {
        return em.find(FundingRound.class, application.getRoundId()).name();
    }

    private ApplicationDetails details(FundApplication application) {
        FundingRound round = em.find(FundingRound.class, application.getRoundId());
        Company company = em.find(Company.class, application.getCompanyId());
        return ApplicationDetails.of(application, round.getNameEn(), company.getLegalName(),
                attachments.list(Attachment.Owner.APPLICATION, application.getId()));
    }
}
