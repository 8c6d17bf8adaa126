package org.usrok.fund.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationResult;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.NamedRate;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.verifier.Verification;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.ContributionStatus;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundRowLock;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.Sha256;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Allocation scenarios, their bilateral commitment and the companies' view of their shares.
 * Rules enforced here for every caller:
 * <ul>
 *   <li>officers of either government simulate scenarios of a round whose claims are closed, on
 *       its approved claims and on the contributions actually received (the fund shares only
 *       money it holds); the pure {@link Allocator} computes the shares and the certificate, and the
 *       independent {@link CertificateVerifier} must accept the certificate before it is stored;</li>
 *   <li>one scenario at a time is proposed; it is committed only when one U.S. officer and one ROK
 *       officer, neither the proposer, have approved it, and only on unchanged inputs (a claim
 *       approved after the simulation is never silently added: a new scenario is needed) and a
 *       certificate that still verifies under the rules in force: the one the verifier accepted at
 *       simulation, unchanged, under today's rules version, and paying what the stored shares pay
 *       ({@code requireStoredAsVerified});</li>
 *   <li>commitment locks the round ({@code ALLOCATED}), stores the one commitment of the round
 *       (the database refuses a second) and posts the obligations to the ledger, in one
 *       transaction; approvals of one round are serialised by locking the round's row;</li>
 *   <li>companies see only their own shares, and only once committed; a company's award letter
 *       is refused for a scenario it holds no share in;</li>
 *   <li>every change is audited and announced to whoever must act or know; a refused proposal,
 *   approval or decline is audited as refused ({@code @RecordsRefusals}).</li>
 * </ul>
 */
@Stateless
public class AllocationService {

    private static final String OBLIGATIONS_EXPENSE = "5100-";
    private static final String OBLIGATIONS = "2100-";

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
    private ContributionService contributions;

    @Inject
    private ExchangeRateService rates;

    /** Runs the allocation core on the round's approved claims and received contributions, and keeps the result. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ScenarioDetails simulate(@NotNull @Valid RunScenario command) {
        FundingRound round = round(command.roundId());
        if (round.getStatus() != RoundStatus.CLAIMS_CLOSED) {
            throw new StateTransitionRefusedException(FundingRound.ENTITY, round.getStatus(), "simulate an allocation");
        }
        Map<CountryCode, Money> pools = receivedPools(round.getId());
        NamedRate rate = namedRate(command.exchangeRateId());
        Money cap = amount("companyCap", command.companyCapAmount(), command.companyCapCurrency());
        Money floor = amount("floor", command.floorAmount(), command.floorCurrency());
        if (command.capPercentOfPool() != null && (command.capPercentOfPool().signum() <= 0
                || command.capPercentOfPool().compareTo(BigDecimal.valueOf(100)) > 0
                || command.capPercentOfPool().stripTrailingZeros().scale() > 4)) {
            throw new AllocationParametersInvalidException("capPercentOfPool",
                    "a cap percentage lies above 0 and at most 100, with at most 4 decimals");
        }
        AllocationResult result;
        try {
            result = Allocator.allocate(new AllocationRequest(command.poolMode(), pools.get(CountryCode.US),
                    pools.get(CountryCode.KR), command.poolCurrency(), rate,
                    new AllocationRules(command.method(), command.evenBasis(), cap, command.capPercentOfPool(), floor),
                    approvedClaims(round.getId())));
        } catch (IllegalArgumentException e) {
            throw new AllocationParametersInvalidException(null, e.getMessage());
        }
        Verification verified = CertificateVerifier.verify(result.certificate().text());
        if (!verified.ok()) {
            // the core and the independent verifier disagree: a defect, never a scenario to propose
            throw new IllegalStateException("The allocation certificate does not verify: " + verified.problems().get(0));
        }
        var scenario = AllocationScenario.simulated(round.getId(), command.name().strip(), command, cap,
                floor, pools.get(CountryCode.US), pools.get(CountryCode.KR), rate == null ? null : rate.name(), result);
        em.persist(scenario);
        em.flush();
        em.persist(new StoredCertificate(scenario.getId(), result.certificate().digest(), result.certificate().text()));
        var details = details(scenario, round);
        audit.record("ALLOCATION_SIMULATED", AllocationScenario.ENTITY, scenario.getId(), null, details);
        return details;
    }

    /** Puts a simulated (or declined) scenario forward for commitment; one proposal per round at a time. */
    @RecordsRefusals(action = "ALLOCATION_PROPOSED", entityType = AllocationScenario.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ScenarioDetails propose(@NotNull Long scenarioId, Long expectedVersion) {
        Actor officer = currentActor.get();
        AllocationScenario scenario = scenario(scenarioId);
        FundingRound round = RoundRowLock.lock(em, scenario.getRoundId());
        em.refresh(scenario);
        OptimisticLocking.requireVersion(AllocationScenario.ENTITY, scenario.getId(), scenario.getVersion(),
                expectedVersion);
        requireClaimsClosed(round);
        List<Object[]> proposed = em.createQuery("select s.id, s.name from AllocationScenario s where s.roundId = :round "
                        + "and s.status = :proposed and s.id <> :id", Object[].class)
                .setParameter("round", round.getId()).setParameter("proposed", ScenarioStatus.PROPOSED)
                .setParameter("id", scenario.getId()).getResultList();
        if (!proposed.isEmpty()) {
            throw AllocationCommitmentException.anotherProposed(round.getId(), (Long) proposed.get(0)[0],
                    (String) proposed.get(0)[1]);
        }
        requireUnchangedInputs(scenario);
        List<Money> distributed = distributed(scenario);
        requireStoredAsVerified(scenario, distributed);
        var before = ScenarioDetails.of(scenario, round.getNameEn(), distributed, notIncluded(scenario));
        scenario.propose(officer.username(), Clock.now(), distributed);
        var after = flushAndAudit(scenario, round, "ALLOCATION_PROPOSED", before);
        notifications.notifyOfficers(null, "ALLOCATION_PROPOSED", AllocationScenario.ENTITY, scenario.getId(),
                "notification.allocationProposed", round.name(), scenario.getName(), officer.username());
        return after;
    }

    /**
     * The calling officer approves the proposed scenario for their government; the second
     * government's approval commits it in the same transaction.
     */
    @RecordsRefusals(action = "ALLOCATION_APPROVED", entityType = AllocationScenario.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ScenarioDetails approve(@NotNull Long scenarioId, Long expectedVersion) {
        Actor officer = currentActor.get();
        AllocationScenario scenario = scenario(scenarioId);
        FundingRound round = RoundRowLock.lock(em, scenario.getRoundId());
        em.refresh(scenario);
        OptimisticLocking.requireVersion(AllocationScenario.ENTITY, scenario.getId(), scenario.getVersion(),
                expectedVersion);
        requireClaimsClosed(round);
        var before = details(scenario, round);
        CountryCode government = governmentOf(officer);
        boolean complete = scenario.approve(government, officer.username(), Clock.now());
        if (!complete) {
            var after = flushAndAudit(scenario, round, "ALLOCATION_APPROVED_" + government, before);
            notifications.notifyOfficers(government == CountryCode.US ? CountryCode.KR : CountryCode.US,
                    "ALLOCATION_AWAITS_APPROVAL", AllocationScenario.ENTITY, scenario.getId(),
                    "notification.allocationAwaitsApproval", round.name(), scenario.getName(), officer.username());
            return after;
        }
        return commit(officer, round, scenario, before);
    }

    /**
     * Why the calling user may not approve the scenario now, or empty when they may: only U.S. and
     * ROK officers approve, never the proposer, each government once
     * ({@link AllocationScenario#approvalBlocker}). The portal shows the reason instead of the
     * button; {@link #approve} refuses for the same one.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Optional<ApprovalBlocker> approvalBlocker(@NotNull Long scenarioId) {
        Actor actor = currentActor.get();
        return scenario(scenarioId).approvalBlocker(governmentOf(actor), actor.username());
    }

    /** The government the actor is an officer of, or {@code null} for anyone else. */
    private static CountryCode governmentOf(Actor actor) {
        return actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
    }

    /** An officer declines the proposal with a reason (the proposer withdraws it the same way). */
    @RecordsRefusals(action = "ALLOCATION_DECLINED", entityType = AllocationScenario.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ScenarioDetails decline(@NotNull Long scenarioId, Long expectedVersion,
                                   @NotBlank @Size(max = 2000) String reason) {
        Actor officer = currentActor.get();
        AllocationScenario scenario = scenario(scenarioId);
        FundingRound round = RoundRowLock.lock(em, scenario.getRoundId());
        em.refresh(scenario);
        OptimisticLocking.requireVersion(AllocationScenario.ENTITY, scenario.getId(), scenario.getVersion(),
                expectedVersion);
        var before = details(scenario, round);
        scenario.decline(officer.username(), reason.strip(), Clock.now());
        var after = flushAndAudit(scenario, round, "ALLOCATION_DECLINED", before);
        notifications.notifyOfficers(null, "ALLOCATION_DECLINED", AllocationScenario.ENTITY, scenario.getId(),
                "notification.allocationDeclined", round.name(), scenario.getName(), officer.username(),
                reason.strip());
        return after;
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public ScenarioDetails get(@NotNull Long scenarioId) {
        AllocationScenario scenario = scenario(scenarioId);
        return details(scenario, round(scenario.getRoundId()));
    }

    /** A round's scenarios, newest first, with what each distributes per payment currency. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ScenarioSummary> list(@NotNull Long roundId) {
        round(roundId);
        var scenarios = em.createQuery("select s from AllocationScenario s where s.roundId = :round order by s.id desc",
                AllocationScenario.class).setParameter("round", roundId).getResultList();
        Map<Long, List<Money>> distributed = distributedPerScenario(scenarios.stream().map(AllocationScenario::getId).toList());
        return scenarios.stream().map(s -> ScenarioSummary.of(s, distributed.getOrDefault(s.getId(), List.of()))).toList();
    }

    /** One scenario's shares, by claim id, paged, with claim titles and company names. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<ShareLine> shares(@NotNull Long scenarioId, @NotNull PageRequest page) {
        AllocationScenario scenario = scenario(scenarioId);
        List<ShareLine> items = em.createQuery("select sh, c.title, co.legalName from AllocationScenario s join s.shares sh, "
                        + "DiversificationClaim c, Company co where s.id = :id and c.id = sh.claimId and co.id = sh.companyId "
                        + "order by sh.claimId", Object[].class)
                .setParameter("id", scenario.getId())
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(row -> shareLine((ScenarioShare) row[0], (String) row[1], (String) row[2]))
                .toList();
        return new Page<>(items, page.page(), page.size(), scenario.getClaimCount());
    }

    /** The scenario's allocation certificate, exactly as computed (its digest is on the scenario). */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public String certificate(@NotNull Long scenarioId) {
        AllocationScenario scenario = scenario(scenarioId);
        return em.find(StoredCertificate.class, scenario.getId()).text();
    }

    /** Two to six scenarios of one round side by side, per company and per country. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public ScenarioComparison compare(@NotNull @NotEmpty @Size(min = 2, max = 6) List<@NotNull Long> scenarioIds) {
        List<AllocationScenario> scenarios = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(scenarioIds)) {
            scenarios.add(scenario(id));
        }
        if (scenarios.size() < 2) {
            throw new AllocationParametersInvalidException("ids", "compare at least two different scenarios");
        }
        long roundId = scenarios.get(0).getRoundId();
        if (scenarios.stream().anyMatch(s -> s.getRoundId() != roundId)) {
            throw new AllocationParametersInvalidException("ids", "compare scenarios of one round only");
        }
        List<Long> ids = scenarios.stream().map(AllocationScenario::getId).toList();
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            column.put(ids.get(i), i);
        }
        record Key(long companyId, CountryCode country) implements Serializable {
        }
        Map<Key, long[]> shares = new LinkedHashMap<>();
        Map<Key, long[]> approved = new HashMap<>();
        Map<Key, CurrencyCode> currency = new HashMap<>();
        em.createQuery("select s.id, sh from AllocationScenario s join s.shares sh where s.id in :ids "
                        + "order by sh.companyId, sh.claimId", Object[].class)
                .setParameter("ids", ids).getResultStream().forEach(row -> {
                    int col = column.get((Long) row[0]);
                    ScenarioShare sh = (ScenarioShare) row[1];
                    Key key = new Key(sh.getCompanyId(), sh.getCountry());
                    shares.computeIfAbsent(key, k -> new long[ids.size()])[col] += sh.share().minorUnits();
                    approved.computeIfAbsent(key, k -> new long[ids.size()])[col] += sh.approved().minorUnits();
                    currency.put(key, sh.share().currency());
                });
        Map<Long, String> names = companyNames(shares.keySet().stream().map(Key::companyId).toList());
        List<ScenarioComparison.CompanyRow> rows = new ArrayList<>();
        Map<CountryCode, long[]> countryShares = new EnumMap<>(CountryCode.class);
        Map<CountryCode, Long> countryApproved = new EnumMap<>(CountryCode.class);
        for (var e : shares.entrySet()) {
            Key key = e.getKey();
            CurrencyCode cur = currency.get(key);
            long[] s = e.getValue();
            long approvedMax = Arrays.stream(approved.get(key)).max().orElse(0);
            List<Money> amounts = new ArrayList<>();
            List<Money> differences = new ArrayList<>();
            long[] perCountry = countryShares.computeIfAbsent(key.country(), c -> new long[ids.size()]);
            for (int i = 0; i < s.length; i++) {
                amounts.add(Money.ofMinor(s[i], cur));
                differences.add(Money.ofMinor(s[i] - s[0], cur));
                perCountry[i] += s[i];
            }
            countryApproved.merge(key.country(), approvedMax, Long::sum);
            rows.add(new ScenarioComparison.CompanyRow(key.companyId(), names.get(key.companyId()), key.country(),
                    Money.ofMinor(approvedMax, cur), amounts, differences));
        }
        rows.sort(Comparator.comparing(ScenarioComparison.CompanyRow::country)
                .thenComparing(ScenarioComparison.CompanyRow::companyName, Comparator.nullsLast(String::compareTo))
                .thenComparingLong(ScenarioComparison.CompanyRow::companyId));
        List<ScenarioComparison.CountryRow> countries = new ArrayList<>();
        for (var e : countryShares.entrySet()) {
            CurrencyCode cur = e.getKey().currency();
            countries.add(new ScenarioComparison.CountryRow(e.getKey(), Money.ofMinor(countryApproved.get(e.getKey()), cur),
                    Arrays.stream(e.getValue()).mapToObj(v -> Money.ofMinor(v, cur)).toList()));
        }
        Map<Long, List<Money>> distributed = distributedPerScenario(ids);
        return new ScenarioComparison(
                scenarios.stream().map(s -> ScenarioSummary.of(s, distributed.getOrDefault(s.getId(), List.of()))).toList(),
                rows, countries,
                scenarios.stream().map(s -> s.getPools().stream().map(PoolSummary::of).toList()).toList());
    }

    /**
     * The calling company's shares in committed allocations, newest first, with how each was
     * computed and what of each has been paid (its share in payments released or reported paid, not
     * returned or rejected).
     */
    @RolesAllowed(Role.COMPANY_NAME)
    public List<CompanyAllocation> myAllocations() {
        Long companyId = currentActor.get().companyId();
        if (companyId == null) {
            return List.of();
        }
        Map<Long, Long> paid = new HashMap<>();
        em.createQuery("select i.claimId, sum(i.shareMinor) from PaymentItem i join i.payment p "
                        + "where p.companyId = :company and p.status in (org.usrok.fund.disbursement.PaymentStatus.RELEASED, "
                        + "org.usrok.fund.disbursement.PaymentStatus.PAID) group by i.claimId", Object[].class)
                .setParameter("company", companyId).getResultStream()
                .forEach(row -> paid.put((Long) row[0], ((Number) row[1]).longValue()));
        return em.createQuery("select s, sh, r.nameEn, r.nameKo, c.title from AllocationScenario s join s.shares sh, "
                        + "FundingRound r, DiversificationClaim c where s.status = :committed and sh.companyId = :company "
                        + "and r.id = s.roundId and c.id = sh.claimId order by s.committedAt desc, sh.claimId",
                        Object[].class)
                .setParameter("committed", ScenarioStatus.COMMITTED).setParameter("company", companyId)
                .getResultStream().map(row -> {
                    AllocationScenario s = (AllocationScenario) row[0];
                    ScenarioShare sh = (ScenarioShare) row[1];
                    return new CompanyAllocation(s.getRoundId(), (String) row[2], (String) row[3], s.getId(),
                            s.getMethod(), s.getEvenBasis(), s.getPoolMode(), s.getRateName(), sh.getClaimId(),
                            (String) row[4], sh.approved(), sh.poolShare(), sh.share(), sh.getQuota(),
                            sh.getRoundingAdjustment(), sh.isCapped(), sh.isBelowFloor(),
                            Money.ofMinor(paid.getOrDefault(sh.getClaimId(), 0L), sh.share().currency()),
                            s.getCommittedAt());
                }).toList();
    }

    /**
     * The calling company's award letter for one committed allocation: its shares in it with how
     * each was computed, and the certificate's digest. A company with no share in the scenario, or
     * a scenario not committed, is refused (403), so a company never learns another's award.
     */
    @RolesAllowed(Role.COMPANY_NAME)
    public AwardLetter awardLetter(@NotNull Long scenarioId) {
        AllocationScenario scenario = scenario(scenarioId);
        List<CompanyAllocation> shares = myAllocations().stream().filter(a -> a.scenarioId() == scenario.getId()).toList();
        if (shares.isEmpty()) {
            throw new AwardLetterForbiddenException(scenario.getId());
        }
        long companyId = currentActor.get().companyId();
        CompanyAllocation first = shares.get(0);
        return new AwardLetter(companyId, companyNames(List.of(companyId)).get(companyId), scenario.getRoundId(),
                first.roundNameEn(), first.roundNameKo(), scenario.getId(), scenario.getName(), scenario.getMethod(),
                scenario.getEvenBasis(), scenario.getPoolMode(), scenario.getRateName(), scenario.getUsApprovedAt(),
                scenario.getKrApprovedAt(), scenario.getCommittedAt(), scenario.getCertificateDigest(), shares);
    }

    private ScenarioDetails commit(Actor officer, FundingRound round, AllocationScenario scenario,
                                   ScenarioDetails before) {
        requireUnchangedInputs(scenario);
        List<Money> distributed = distributed(scenario);
        requireStoredAsVerified(scenario, distributed);
        Instant now = Clock.now();
        List<JournalLine> lines = new ArrayList<>();
        for (Money total : distributed) {
            lines.add(JournalLine.debit(OBLIGATIONS_EXPENSE + total.currency(), total));
            lines.add(JournalLine.credit(OBLIGATIONS + total.currency(), total));
        }
        JournalEntryRecord entry = ledger.post(new PostEntry("round-" + round.getId() + "-allocation",
                LocalDate.ofInstant(now, ZoneOffset.UTC), "round:" + round.getId(),
                "Allocation committed: scenario " + scenario.getId() + " \"" + scenario.getName() + "\", certificate "
                        + scenario.getCertificateDigest(), null, lines));
        scenario.committed(entry.sequence(), now);
        var roundBefore = RoundDetails.of(round);
        round.allocate(now);
        em.persist(new AllocationCommitment(round.getId(), scenario.getId(), now, officer.username(), entry.sequence()));
        try {
            OptimisticLocking.flush(em, AllocationScenario.ENTITY, scenario.getId());
        } catch (PersistenceException e) {
            throw AllocationCommitmentException.alreadyCommitted(round.getId());
        }
        var after = ScenarioDetails.of(scenario, round.getNameEn(), distributed, notIncluded(scenario));
        audit.record("ALLOCATION_COMMITTED", AllocationScenario.ENTITY, scenario.getId(), before, after);
        audit.record("ROUND_ALLOCATED", FundingRound.ENTITY, round.getId(), roundBefore, RoundDetails.of(round));
        // each company's total, summed by the database rather than by loading every share
        em.createQuery("select sh.companyId, sh.currency, sum(sh.shareMinor) from AllocationScenario s join s.shares sh "
                        + "where s.id = :scenario group by sh.companyId, sh.currency order by sh.companyId, sh.currency",
                        Object[].class)
                .setParameter("scenario", scenario.getId()).getResultList()
                .forEach(row -> notifications.notifyCompany((Long) row[0], "ALLOCATION_COMMITTED", FundingRound.ENTITY,
                        round.getId(), "notification.allocationCommitted", round.name(),
                        Money.ofMinor(((Number) row[2]).longValue(), (CurrencyCode) row[1]).toString()));
        notifications.notifyOfficers(null, "ALLOCATION_COMMITTED", AllocationScenario.ENTITY, scenario.getId(),
                "notification.allocationCommittedOfficers", round.name(), scenario.getName());
        return after;
    }

    /**
     * Refuses when the approved claims or the received contributions differ from what the scenario
     * was run on: as many approved claims as shares, and each share's claim still approved for the
     * amount it was allocated on. Counted in the database rather than by loading every claim and
     * share (B2, docs/performance.md).
     */
    private void requireUnchangedInputs(AllocationScenario scenario) {
        Map<CountryCode, Money> pools = receivedPools(scenario.getRoundId());
        boolean same = pools.get(CountryCode.US).equals(scenario.usPool())
                && pools.get(CountryCode.KR).equals(scenario.krPool());
        if (same) {
            long approved = em.createQuery("select count(c) from DiversificationClaim c where c.roundId = :round "
                            + "and c.status = :approved", Long.class)
                    .setParameter("round", scenario.getRoundId()).setParameter("approved", ClaimStatus.APPROVED)
                    .getSingleResult();
            long matching = em.createQuery("select count(sh) from AllocationScenario s join s.shares sh, "
                            + "DiversificationClaim c where s.id = :scenario and c.id = sh.claimId and c.roundId = s.roundId "
                            + "and c.status = :approved and c.approvedMinor = sh.approvedMinor", Long.class)
                    .setParameter("scenario", scenario.getId()).setParameter("approved", ClaimStatus.APPROVED)
                    .getSingleResult();
            same = approved == scenario.getClaimCount() && matching == scenario.getClaimCount();
        }
        if (!same) {
            throw AllocationCommitmentException.inputsChanged(scenario.getId());
        }
    }

    /**
     * Refuses, at proposal and at commitment, a scenario unless what would be committed is exactly
     * what the auditors' verifier accepted, and under the rules in force today: one simulated before
     * the rules changed (a v1 certificate) must be simulated again.
     *
     * <p>The full {@link CertificateVerifier#verify} runs once, at simulation, in the transaction
     * that stores the certificate and the shares from the same result (nothing is stored unless it
     * passes). Running it again here (about 1 s of CPU per 100,000 claims, twice per allocation)
     * could only find something new if the stored rows or the rules had changed since, and these
     * checks find exactly that in milliseconds (B2, docs/performance.md):
     * <ul>
     *   <li>the stored certificate's bytes still have the SHA-256 digest the scenario recorded when
     *       it was verified (computed here with the JDK, by neither the core nor the verifier), so it
     *       is the verified text, and the verifier's answer on that text can only differ if the
     *       rules did;</li>
     *   <li>its header names the rules in force ({@link CertificateVerifier#verifyHeader}): the
     *       rules change only with the certificate's version, which is how a v1 certificate is
     *       refused by the full verifier too;</li>
     *   <li>the shares the database holds pay, per currency, what the certificate states
     *       ({@link CertificateVerifier#paidTotals} against the totals summed by the database), so
     *       the ledger entry books the certified amounts.</li>
     * </ul>
     * The shares, pool outcomes and certificates are append-only for the application's database
     * user (migration V26): no share can change after the verification short of the schema owner.
     * That, not the totals, is what keeps money from moving between two claims' shares with the
     * totals unchanged (the full verifier would not see the share rows either: it reads the text).
     */
    private void requireStoredAsVerified(AllocationScenario scenario, List<Money> distributed) {
        StoredCertificate stored = em.find(StoredCertificate.class, scenario.getId());
        String problem = null;
        if (!Sha256.hex(stored.content()).equals(scenario.getCertificateDigest())
                || !stored.getDigest().equals(scenario.getCertificateDigest())) {
            problem = "the stored certificate is not the one verified at simulation (its SHA-256 digest differs from "
                    + scenario.getCertificateDigest() + ")";
        } else {
            String text = stored.text();
            Verification header = CertificateVerifier.verifyHeader(text);
            if (!header.ok()) {
                problem = header.problems().get(0);
            } else {
                Map<String, Long> stated = CertificateVerifier.paidTotals(text);
                Map<String, Long> held = new HashMap<>();
                distributed.forEach(total -> held.put(total.currency().name(), total.minorUnits()));
                if (!held.equals(stated)) {
                    problem = "the stored shares pay " + held + " but the certificate states " + stated;
                }
            }
        }
        if (problem != null) {
            throw AllocationCommitmentException.certificateInvalid(scenario.getId(), problem);
        }
    }

    /** What the scenario distributes per payment currency (zero totals left out), summed by the database. */
    private List<Money> distributed(AllocationScenario scenario) {
        return distributedPerScenario(List.of(scenario.getId())).getOrDefault(scenario.getId(), List.of());
    }

    private List<ClaimEntitlement> approvedClaims(long roundId) {
        return em.createQuery("select c.id, c.companyId, c.country, c.currency, c.approvedMinor from DiversificationClaim c "
                        + "where c.roundId = :round and c.status = :approved order by c.id", Object[].class)
                .setParameter("round", roundId).setParameter("approved", ClaimStatus.APPROVED)
                .getResultStream()
                .map(row -> new ClaimEntitlement((Long) row[0], (Long) row[1], (CountryCode) row[2],
                        Money.ofMinor((Long) row[4], (CurrencyCode) row[3])))
                .toList();
    }

    private Map<CountryCode, Money> receivedPools(long roundId) {
        Map<CountryCode, Money> pools = new EnumMap<>(CountryCode.class);
        for (ContributionStatus status : contributions.status(roundId)) {
            pools.put(status.government(), status.received());
        }
        return pools;
    }

    private static Money amount(String field, BigDecimal amount, CurrencyCode currency) {
        if (amount == null && currency == null) {
            return null;
        }
        if (currency == null) {
            throw new AllocationParametersInvalidException(field + "Currency", "name the currency (USD or KRW) of the amount");
        }
        return InvalidAmountException.require(field + "Amount", amount, currency, false);
    }

    private NamedRate namedRate(Long exchangeRateId) {
        if (exchangeRateId == null) {
            return null;
        }
        ExchangeRateSummary r = rates.get(exchangeRateId);
        return new NamedRate("exchange-rate:" + r.id() + " " + r.base() + "/" + r.quote() + " "
                + r.rate().stripTrailingZeros().toPlainString() + " " + r.source() + " " + r.effectiveOn(), r.toRate());
    }

    private Map<Long, List<Money>> distributedPerScenario(List<Long> ids) {
        Map<Long, List<Money>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        em.createQuery("select s.id, sh.currency, sum(sh.shareMinor) from AllocationScenario s join s.shares sh "
                        + "where s.id in :ids group by s.id, sh.currency order by s.id, sh.currency", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .filter(row -> ((Number) row[2]).longValue() > 0)
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(Money.ofMinor(((Number) row[2]).longValue(), (CurrencyCode) row[1])));
        result.values().forEach(totals -> totals.sort(Comparator.comparing(Money::currency)));
        return result;
    }

    private Map<Long, String> companyNames(List<Long> companyIds) {
        Map<Long, String> names = new HashMap<>();
        if (!companyIds.isEmpty()) {
            em.createQuery("select c.id, c.legalName from Company c where c.id in :ids", Object[].class)
                    .setParameter("ids", new HashSet<>(companyIds)).getResultStream()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /**
     * The scenario as the API shows it, with what it distributes and the claims approved since it
     * was simulated, both found by the database rather than by loading every share.
     */
    private ScenarioDetails details(AllocationScenario scenario, FundingRound round) {
        return ScenarioDetails.of(scenario, round.getNameEn(), distributed(scenario), notIncluded(scenario));
    }

    private List<Long> notIncluded(AllocationScenario scenario) {
        return em.createQuery("select c.id from DiversificationClaim c where c.roundId = :round "
                        + "and c.status = :approved and not exists (select 1 from AllocationScenario s join s.shares sh "
                        + "where s.id = :scenario and sh.claimId = c.id) order by c.id", Long.class)
                .setParameter("round", scenario.getRoundId()).setParameter("approved", ClaimStatus.APPROVED)
                .setParameter("scenario", scenario.getId()).getResultList();
    }

    private ScenarioDetails flushAndAudit(AllocationScenario scenario, FundingRound round, String action,
                                          ScenarioDetails before) {
        OptimisticLocking.flush(em, AllocationScenario.ENTITY, scenario.getId());
        var after = details(scenario, round);
        audit.record(action, AllocationScenario.ENTITY, scenario.getId(), before, after);
        return after;
    }

    private static ShareLine shareLine(ScenarioShare sh, String claimTitle, String companyName) {
        return new ShareLine(sh.getClaimId(), claimTitle, sh.getCompanyId(), companyName, sh.getCountry(),
                sh.approved(), sh.poolShare(), sh.share(), sh.getQuota(), sh.getRoundingAdjustment(), sh.isCapped(),
                sh.isBelowFloor());
    }

    private static void requireClaimsClosed(FundingRound round) {
        if (round.getStatus() == RoundStatus.ALLOCATED || round.getStatus() == RoundStatus.CLOSED) {
            throw AllocationCommitmentException.alreadyCommitted(round.getId());
        }
        if (round.getStatus() != RoundStatus.CLAIMS_CLOSED) {
            throw new StateTransitionRefusedException(FundingRound.ENTITY, round.getStatus(), "commit an allocation");
        }
    }

    private AllocationScenario scenario(Long scenarioId) {
        AllocationScenario scenario = em.find(AllocationScenario.class, scenarioId);
        if (scenario == null) {
            throw new EntityNotFoundException(AllocationScenario.ENTITY, scenarioId);
        }
        return scenario;
    }

    private FundingRound round(Long roundId) {
        FundingRound round = em.find(FundingRound.class, roundId);
        if (round == null) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        return round;
    }
}
