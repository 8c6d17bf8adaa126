package org.usrok.fund.round;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Drafting, signing off and closing funding rounds. Rules enforced here for every caller:
 * officers of either government draft and revise drafts; a round opens only with one sign-off
 * per government, neither by the drafter; windows are ordered and contributions exact in their
 * currencies; companies see only rounds that have opened; every change is audited, and a refused
 * sign-off too ({@code @RecordsRefusals}).
 */
@Stateless
public class RoundService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private ContributionService contributions;

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RoundDetails draft(@NotNull @Valid DraftRound command) {
        FundingRound round = FundingRound.draft(terms(command), currentActor.get().username());
        em.persist(round);
        em.flush();
        var details = RoundDetails.of(round);
        audit.record("ROUND_DRAFTED", FundingRound.ENTITY, round.getId(), null, details);
        notifications.notifyOfficers(null, "ROUND_AWAITS_SIGN_OFF", FundingRound.ENTITY, round.getId(),
                "notification.roundAwaitsSignOff", round.name(), round.getDraftedBy());
        return details;
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RoundDetails revise(@NotNull Long roundId, Long expectedVersion, @NotNull @Valid DraftRound command) {
        FundingRound round = load(roundId);
        OptimisticLocking.requireVersion(FundingRound.ENTITY, round.getId(), round.getVersion(), expectedVersion);
        var before = RoundDetails.of(round);
        round.revise(terms(command));
        return flushAndAudit(round, "ROUND_REVISED", before);
    }

    /** The calling officer signs the round off for their government; the second government's sign-off opens it. */
    @RecordsRefusals(action = "ROUND_SIGNED_OFF", entityType = FundingRound.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RoundDetails signOff(@NotNull Long roundId, Long expectedVersion) {
        Actor officer = currentActor.get();
        FundingRound round = load(roundId);
        OptimisticLocking.requireVersion(FundingRound.ENTITY, round.getId(), round.getVersion(), expectedVersion);
        var before = RoundDetails.of(round);
        CountryCode government = officer.isOfficerOf(CountryCode.US) ? CountryCode.US : CountryCode.KR;
        boolean opened = round.signOff(government, officer.username(), Clock.now());
        RoundDetails after = flushAndAudit(round, "ROUND_SIGNED_OFF_" + government, before);
        if (opened) {
            contributions.postPledges(round);
            em.flush();
            after = RoundDetails.of(round);
            audit.record("ROUND_OPENED", FundingRound.ENTITY, roundId, before, after);
            notifications.notifyAllCompanies("ROUND_OPENED", FundingRound.ENTITY, roundId,
                    "notification.roundOpened", round.name());
        }
        return after;
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public RoundDetails closeClaims(@NotNull Long roundId, Long expectedVersion) {
        FundingRound round = load(roundId);
        OptimisticLocking.requireVersion(FundingRound.ENTITY, round.getId(), round.getVersion(), expectedVersion);
        var before = RoundDetails.of(round);
        round.closeClaims(Clock.now());
        return flushAndAudit(round, "ROUND_CLAIMS_CLOSED", before);
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public RoundDetails get(@NotNull Long roundId) {
        FundingRound round = load(roundId);
        if (!currentActor.get().canReadEverything() && round.getStatus() == RoundStatus.DRAFT) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        return RoundDetails.of(round);
    }

    /** Rounds newest first, optionally of one status; companies never see drafts. */
    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<RoundDetails> list(RoundStatus status, @NotNull PageRequest page) {
        boolean hideDrafts = !currentActor.get().canReadEverything();
        String where = " where (:status is null or r.status = :status) and (:hideDrafts = false or r.status <> :draft)";
        var count = em.createQuery("select count(r) from FundingRound r" + where, Long.class);
        var select = em.createQuery("select r from FundingRound r" + where + " order by r.id desc", FundingRound.class);
        for (var q : List.of(count, select)) {
            q.setParameter("status", status).setParameter("hideDrafts", hideDrafts)
                    .setParameter("draft", RoundStatus.DRAFT);
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(RoundDetails::of).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    private RoundTerms terms(DraftRound c) {
        var appOpens = c.applicationOpensAt().toInstant();
        var appCloses = c.applicationClosesAt().toInstant();
        var claimOpens = c.claimOpensAt().toInstant();
        var claimCloses = c.claimClosesAt().toInstant();
        if (!appOpens.isBefore(appCloses)) {
            throw new RoundScheduleInvalidException("applicationClosesAt", "error.round.applicationWindow");
        }
        if (!claimOpens.isBefore(claimCloses)) {
            throw new RoundScheduleInvalidException("claimClosesAt", "error.round.claimWindow");
        }
        if (claimOpens.isBefore(appOpens)) {
            throw new RoundScheduleInvalidException("claimOpensAt", "error.round.claimBeforeApplication");
        }
        String zone;
        try {
            zone = ZoneId.of(c.displayZone().strip()).getId();
        } catch (DateTimeException e) {
            throw new RoundScheduleInvalidException("displayZone", "error.round.zone");
        }
        BigDecimal share = c.eligibleSharePercent().movePointLeft(2);
        if (share.stripTrailingZeros().scale() > 4) {
            throw new RoundScheduleInvalidException("eligibleSharePercent", "error.round.sharePrecision");
        }
        return new RoundTerms(c.nameEn().strip(), c.nameKo().strip(), appOpens, appCloses, claimOpens, claimCloses,
                zone, share.setScale(4),
                InvalidAmountException.require("usContribution", c.usContribution(), CurrencyCode.USD, true),
                c.usPledgedOn(),
                InvalidAmountException.require("krContribution", c.krContribution(), CurrencyCode.KRW, true),
                c.krPledgedOn(),
                reference.requireActiveMaterials("materials", c.materials()),
                reference.requireActiveCategories("costCategories", c.costCategories()));
    }

    private RoundDetails flushAndAudit(FundingRound round, String action, RoundDetails before) {
        OptimisticLocking.flush(em, FundingRound.ENTITY, round.getId());
        var after = RoundDetails.of(round);
        audit.record(action, FundingRound.ENTITY, round.getId(), before, after);
        return after;
    }

    private FundingRound load(Long roundId) {
        FundingRound round = em.find(FundingRound.class, roundId);
        if (round == null) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        return round;
    }
}
