package org.usrok.fund.disbursement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.exception.ConstraintViolationException;
import org.usrok.fund.allocation.AllocationScenario;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.audit.RecordsRefusals;
import org.usrok.fund.disbursement.file.GeneratedFile;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.payout.PayableAccount;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.round.RoundRowLock;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.OptimisticLocking;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;
import org.usrok.fund.shared.ValueDateRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Disbursement batches, from a round's committed allocation to the bank's report on each payment.
 * Rules enforced here for every caller:
 * <ul>
 *   <li>only officers of the paying government (USD: U.S., KRW: ROK) prepare, release, cancel a
 *       batch and record its payments' statuses, because that government's bank executes them;</li>
 *   <li>a batch pays the committed shares of an {@code ALLOCATED} round in one currency that are not
 *       in a live payment, one payment per company, only to the company's verified current payout
 *       account; companies without one are listed as skipped, never silently dropped; preparations
 *       of one round are serialised on the round's row, and the database refuses a claim in two
 *       live payments whatever happens;</li>
 *   <li>four eyes: the preparer never releases; release locks the batch's row, so of any number of
 *       concurrent releases exactly one succeeds; a payment whose account changed since preparation
 *       is held, not sent; release posts one ledger entry, generates and stores the pain.001 and the
 *       remittance report, and refuses to overdraw the fund's cash, all in one transaction;</li>
 *   <li>a returned or rejected payment posts the entry that puts the money back and frees its
 *       shares to be paid again; a status is recorded once (a repeat is a conflict) and dated from
 *       the day the batch was released to {@link Clock#latestValueDate()} (never before the money
 *       left, never in the future);</li>
 *   <li>companies see only their own payments; every change is audited, and every refused
 *   preparation, release, cancellation or status too ({@code @RecordsRefusals}).</li>
 * </ul>
 */
@Stateless
public class DisbursementService {

    private static final String OBLIGATIONS = "2100-";
    private static final String PAYABLE = "2200-";
    private static final String CASH = "1200-";
    private static final String LIVE_CLAIM_CONSTRAINT = "uk_payment_item_live_claim";
    static final String HOLD_REASON = "The payout account changed or is no longer verified since the batch was prepared";

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
    private PayoutAccountService payoutAccounts;

    /**
     * Prepares a batch of the round's unpaid committed shares in the currency, one payment per
     * company (all companies, or those named), each to the company's verified payout account.
     */
    @RecordsRefusals(action = "DISBURSEMENT_BATCH_PREPARED", entityType = FundingRound.ENTITY, idComponent = "roundId")
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public BatchDetails prepare(@NotNull @Valid PrepareBatch command) {
        Actor officer = currentActor.get();
        CountryCode paying = DisbursementBatch.payingCountry(command.currency());
        if (!officer.isOfficerOf(paying)) {
            throw new OwnCountryOnlyException(officer.username(), paying);
        }
        FundingRound round = RoundRowLock.lock(em, command.roundId());
        if (round.getStatus() != RoundStatus.ALLOCATED) {
            throw new StateTransitionRefusedException(FundingRound.ENTITY, round.getStatus(), "disburse its allocation");
        }
        long scenarioId = committedScenario(round.getId());
        Map<Long, List<ClaimShare>> unpaid = unpaidShares(scenarioId, command.currency());
        Set<Long> wanted = command.companyIds() == null ? unpaid.keySet() : new LinkedHashSet<>(command.companyIds());
        if (unpaid.isEmpty() && command.companyIds() == null) {
            throw NothingToDisburseException.noUnpaidShares(round.getId(), command.currency());
        }
        Map<PayableAccount, List<ClaimShare>> payable = new LinkedHashMap<>();
        List<SkippedCompany> skipped = new ArrayList<>();
        int withoutAccount = 0;
        Map<Long, PayableAccount> accounts = payoutAccounts.payableAccounts(
                wanted.stream().filter(unpaid::containsKey).toList(), command.currency());
        Set<Long> bounced = returnedFrom(accounts.values());
        for (Long companyId : wanted) {
            List<ClaimShare> shares = unpaid.getOrDefault(companyId, List.of());
            if (shares.isEmpty()) {
                skipped.add(new SkippedCompany(companyId, SkipReason.NOTHING_PAYABLE, 0, 0));
                continue;
            }
            PayableAccount account = accounts.get(companyId);
            if (account != null && !bounced.contains(account.accountId())) {
                payable.put(account, shares);
            } else {
                withoutAccount++;
                skipped.add(new SkippedCompany(companyId, account != null ? SkipReason.ACCOUNT_RETURNED_PAYMENT
                        : SkipReason.NO_VERIFIED_ACCOUNT, shares.size(),
                        shares.stream().mapToLong(s -> s.share().minorUnits()).sum()));
            }
        }
        if (payable.isEmpty()) {
            if (withoutAccount == 0) {
                throw NothingToDisburseException.noUnpaidShares(round.getId(), command.currency());
            }
            throw NothingToDisburseException.noPayableCompany(round.getId(), command.currency(), withoutAccount);
        }
        Instant now = Clock.now();
        var batch = new DisbursementBatch(round.getId(), scenarioId, command.currency(), officer.username(), now,
                skipped);
        em.persist(batch);
        Money total = Money.zero(command.currency());
        List<Payment> payments = new ArrayList<>();
        for (var entry : payable.entrySet()) {
            var payment = new Payment(batch.getId(), entry.getKey(), scenarioId, entry.getValue());
            em.persist(payment);
            payments.add(payment);
            total = total.plus(payment.amount());
        }
        batch.totals(payments.size(), total);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isLiveClaimViolation(e)) {
                throw new ClaimAlreadyInPaymentException(round.getId());
            }
            throw e;
        }
        var details = details(batch);
        audit.record("DISBURSEMENT_BATCH_PREPARED", DisbursementBatch.ENTITY, batch.getId(), null, details);
        notifications.notifyOfficers(paying, "DISBURSEMENT_BATCH_PREPARED", DisbursementBatch.ENTITY, batch.getId(),
                "notification.disbursement.prepared", round.name(), total.toString(), payments.size(),
                officer.username());
        return details;
    }

    /**
     * Releases a prepared batch (another officer of the paying government than the preparer): holds
     * the payments whose account changed, posts the release entry, stores the payment files, and
     * tells the companies, in one transaction.
     */
    @RecordsRefusals(action = "DISBURSEMENT_BATCH_RELEASED", entityType = DisbursementBatch.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public BatchDetails release(@NotNull Long batchId, Long expectedVersion) {
        Actor officer = currentActor.get();
        DisbursementBatch batch = lockBatch(batchId);
        requirePayingOfficer(officer, batch);
        OptimisticLocking.requireVersion(DisbursementBatch.ENTITY, batch.getId(), batch.getVersion(), expectedVersion);
        batch.requirePrepared("release");
        if (officer.username().equals(batch.getPreparedBy())) {
            throw new FourEyesException(officer.username(), batch.getId());
        }
        var before = details(batch);
        Instant now = Clock.now();
        List<Payment> released = new ArrayList<>();
        List<Payment> held = new ArrayList<>();
        List<Payment> prepared = payments(batch.getId()).stream()
                .filter(p -> p.getStatus() == PaymentStatus.PREPARED).toList();
        Map<Long, PayableAccount> accounts = payoutAccounts.payableAccounts(
                prepared.stream().map(Payment::getCompanyId).toList(), batch.getCurrency());
        Set<Long> bounced = returnedFrom(accounts.values());
        for (Payment payment : prepared) {
            PayableAccount current = accounts.get(payment.getCompanyId());
            if (payment.paysTo(current) && !bounced.contains(current.accountId())) {
                released.add(payment);
            } else {
                payment.hold(HOLD_REASON, officer.username(), now);
                held.add(payment);
            }
        }
        if (released.isEmpty()) {
            throw NothingToDisburseException.everyPaymentHeld(batch.getId());
        }
        Money total = Money.zero(batch.getCurrency());
        for (Payment payment : released) {
            total = total.plus(payment.amount());
        }
        FundingRound round = em.find(FundingRound.class, batch.getRoundId());
        JournalEntryRecord entry = ledger.post(new PostEntry("disbursement-batch-" + batch.getId() + "-release",
                LocalDate.ofInstant(now, ZoneOffset.UTC), reference(batch, null),
                releaseDescription(batch, released, total), null, releaseLines(released)));
        requireCash(batch, total);
        ReleaseFiles.Files files = ReleaseFiles.generate(batch, released, now);
        if (files.pain001().controlSumMinor() != total.minorUnits()
                || files.pain001().transactionCount() != released.size()) {
            throw new IllegalStateException("The pain.001 of batch " + batch.getId() + " does not total the batch");
        }
        store(batch, FileKind.PAIN_001, files.pain001(), now);
        store(batch, FileKind.REMITTANCE_CSV, files.remittance(), now);
        released.forEach(Payment::release);
        batch.totals(released.size(), total);
        batch.release(officer.username(), now, entry.sequence());
        OptimisticLocking.flush(em, DisbursementBatch.ENTITY, batch.getId());
        var after = details(batch);
        audit.record("DISBURSEMENT_BATCH_RELEASED", DisbursementBatch.ENTITY, batch.getId(), before, after);
        for (Payment payment : held) {
            audit.record("PAYMENT_HELD", Payment.ENTITY, payment.getId(), null, PaymentLine.of(payment, null));
            notifications.notifyCompany(payment.getCompanyId(), "PAYMENT_HELD", Payment.ENTITY, payment.getId(),
                    "notification.payment.held", round.name(), payment.amount().toString(),
                    payment.getEndToEndId());
        }
        for (Payment payment : released) {
            notifications.notifyCompany(payment.getCompanyId(), "PAYMENT_RELEASED", Payment.ENTITY, payment.getId(),
                    "notification.payment.released", round.name(), payment.amount().toString(),
                    payment.getEndToEndId());
        }
        notifications.notifyOfficers(batch.payingCountry(), "DISBURSEMENT_BATCH_RELEASED", DisbursementBatch.ENTITY,
                batch.getId(), "notification.disbursement.released", round.name(), total.toString(),
                released.size(), held.size(), officer.username());
        return after;
    }

    /** Cancels a prepared batch with a reason; its payments are cancelled and their shares freed. */
    @RecordsRefusals(action = "DISBURSEMENT_BATCH_CANCELLED", entityType = DisbursementBatch.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public BatchDetails cancel(@NotNull Long batchId, Long expectedVersion, @Size(max = 2000) String reason) {
        Actor officer = currentActor.get();
        DisbursementBatch batch = lockBatch(batchId);
        requirePayingOfficer(officer, batch);
        OptimisticLocking.requireVersion(DisbursementBatch.ENTITY, batch.getId(), batch.getVersion(), expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new StatusReasonRequiredException("reason");
        }
        batch.requirePrepared("cancel");
        var before = details(batch);
        Instant now = Clock.now();
        for (Payment payment : payments(batch.getId())) {
            if (payment.getStatus() == PaymentStatus.PREPARED) {
                payment.cancel(officer.username(), now);
            }
        }
        batch.cancel(officer.username(), now, reason.strip());
        OptimisticLocking.flush(em, DisbursementBatch.ENTITY, batch.getId());
        var after = details(batch);
        audit.record("DISBURSEMENT_BATCH_CANCELLED", DisbursementBatch.ENTITY, batch.getId(), before, after);
        return after;
    }

    /**
     * Records what the bank reported for one released payment: paid just records it; returned or
     * rejected posts the entry that puts the money back and frees its shares.
     */
    @RecordsRefusals(action = "PAYMENT_STATUS_RECORDED", entityType = Payment.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public PaymentLine recordStatus(@NotNull Long paymentId, @NotNull @Valid RecordPaymentStatus command) {
        Actor officer = currentActor.get();
        Payment payment = lockPayment(paymentId);
        DisbursementBatch batch = em.find(DisbursementBatch.class, payment.getBatchId());
        requirePayingOfficer(officer, batch);
        OptimisticLocking.requireVersion(Payment.ENTITY, payment.getId(), payment.getVersion(),
                command.expectedVersion());
        if (!payment.accepts(command.status())) {
            throw new StateTransitionRefusedException(Payment.ENTITY, payment.getStatus(),
                    "record as " + command.status().name().toLowerCase(Locale.ROOT));
        }
        if (command.status() != PaymentOutcome.PAID && (command.reason() == null || command.reason().isBlank())) {
            throw new StatusReasonRequiredException("reason");
        }
        requireDate(batch, command.date());
        PaymentLine after = apply(officer, batch, payment, command.status(), command.date(),
                blankToNull(command.bankReference()), blankToNull(command.reason()));
        return after;
    }

    /**
     * Records a bank's status file for a released batch, all or nothing: CSV lines
     * {@code end_to_end_id,status,date,bank_reference,reason} (a header line is optional). Any wrong
     * line refuses the whole file, naming every wrong line.
     */
    @RecordsRefusals(action = "PAYMENT_STATUS_FILE_RECORDED", entityType = DisbursementBatch.ENTITY)
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public BatchDetails importStatusFile(@NotNull Long batchId, @NotNull @Size(max = 1_000_000) String csv) {
        Actor officer = currentActor.get();
        DisbursementBatch batch = lockBatch(batchId);
        requirePayingOfficer(officer, batch);
        if (batch.getStatus() != BatchStatus.RELEASED) {
            throw new StateTransitionRefusedException(DisbursementBatch.ENTITY, batch.getStatus(),
                    "record a status file");
        }
        Map<String, Payment> byReference = new HashMap<>();
        for (Payment payment : payments(batch.getId())) {
            byReference.put(payment.getEndToEndId(), payment);
        }
        List<StatusFile.Line> lines = StatusFile.parse(csv);
        List<StatusFileInvalidException.LineProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ValueDateRange dates = statusDates(batch);
        for (StatusFile.Line line : lines) {
            line.problem().ifPresent(problems::add);
            if (line.problem().isPresent()) {
                continue;
            }
            Payment payment = byReference.get(line.endToEndId());
            if (payment == null) {
                problems.add(problem(line, "error.statusFile.unknownPayment", line.endToEndId(), batch.getId()));
            } else if (!seen.add(line.endToEndId())) {
                problems.add(problem(line, "error.statusFile.duplicate", line.endToEndId()));
            } else if (!payment.accepts(line.outcome())) {
                problems.add(problem(line, "error.statusFile.transition", line.endToEndId(), payment.getStatus(),
                        line.outcome()));
            } else if (line.outcome() != PaymentOutcome.PAID && line.reason() == null) {
                problems.add(problem(line, "error.statusFile.reason", line.endToEndId()));
            } else {
                dates.breach(line.date()).ifPresent(breach -> problems.add(problem(line,
                        StatusDateInvalidException.messageKey(breach), line.date().toString(),
                        dates.earliest().toString(), dates.latest().toString())));
            }
        }
        if (lines.isEmpty()) {
            problems.add(new StatusFileInvalidException.LineProblem(1, "error.statusFile.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new StatusFileInvalidException(batch.getId(), problems);
        }
        for (StatusFile.Line line : lines) {
            Payment payment = lockPayment(byReference.get(line.endToEndId()).getId());
            apply(officer, batch, payment, line.outcome(), line.date(), line.bankReference(), line.reason());
        }
        var after = details(batch);
        audit.record("PAYMENT_STATUS_FILE_RECORDED", DisbursementBatch.ENTITY, batch.getId(), null,
                Map.of("lines", lines.size(), "batch", batch.getId()));
        return after;
    }

    /**
     * What a batch of the round in the currency would pay now, per company (by company id): the
     * unpaid committed shares and whether the company has a verified payout account. Officers only
     * (the accounts are looked up as for a batch).
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<UnpaidShares> unpaidShares(@NotNull Long roundId, @NotNull CurrencyCode currency) {
        FundingRound round = round(roundId);
        if (round.getStatus() != RoundStatus.ALLOCATED) {
            return List.of();
        }
        Map<Long, List<ClaimShare>> unpaid = unpaidShares(committedScenario(round.getId()), currency);
        Map<Long, String> names = companyNames(new ArrayList<>(unpaid.keySet()));
        Map<Long, PayableAccount> accounts = payoutAccounts.payableAccounts(unpaid.keySet(), currency);
        Set<Long> bounced = returnedFrom(accounts.values());
        List<UnpaidShares> result = new ArrayList<>();
        unpaid.forEach((companyId, shares) -> result.add(new UnpaidShares(companyId, names.get(companyId), shares.size(),
                Money.ofMinor(shares.stream().mapToLong(s -> s.share().minorUnits()).sum(), currency),
                accounts.containsKey(companyId) && !bounced.contains(accounts.get(companyId).accountId()))));
        return result;
    }

    /** A round's batches, newest first, optionally of one status. */
    /** Every batch of a round {@link #list} would page through, for an export. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<BatchSummary> listAll(@NotNull Long roundId, BatchStatus status) {
        return AllPages.of(page -> list(roundId, status, page));
    }

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Page<BatchSummary> list(@NotNull Long roundId, BatchStatus status, @NotNull PageRequest page) {
        FundingRound round = round(roundId);
        String where = "b.roundId = :round" + (status == null ? "" : " and b.status = :status");
        var count = em.createQuery("select count(b) from DisbursementBatch b where " + where, Long.class)
                .setParameter("round", roundId);
        var query = em.createQuery("select b from DisbursementBatch b where " + where + " order by b.id desc",
                DisbursementBatch.class).setParameter("round", roundId);
        if (status != null) {
            count.setParameter("status", status);
            query.setParameter("status", status);
        }
        List<BatchSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(b -> BatchSummary.of(b, round.getNameEn())).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * The round's committed shares per currency: committed, in live payments, still unpaid, and
     * the companies with unpaid shares (what a preparation may pay); empty until the round is allocated.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public RoundPayables payables(@NotNull Long roundId) {
        FundingRound round = round(roundId);
        if (round.getStatus() != RoundStatus.ALLOCATED) {
            return new RoundPayables(roundId, false, List.of());
        }
        long scenarioId = committedScenario(roundId);
        List<Object[]> shares = em.createQuery("select sh.claimId, sh.companyId, sh.currency, sh.shareMinor "
                        + "from AllocationScenario s join s.shares sh where s.id = :scenario and sh.shareMinor > 0 "
                        + "order by sh.currency, sh.companyId, sh.claimId", Object[].class)
                .setParameter("scenario", scenarioId).getResultList();
        Set<Long> live = new HashSet<>(em.createQuery("select i.liveClaimId from PaymentItem i, AllocationScenario s "
                        + "join s.shares sh where s.id = :scenario and i.liveClaimId = sh.claimId", Long.class)
                .setParameter("scenario", scenarioId).getResultList());
        Map<CurrencyCode, long[]> totals = new EnumMap<>(CurrencyCode.class);
        Map<CurrencyCode, Map<Long, long[]>> unpaidByCompany = new EnumMap<>(CurrencyCode.class);
        for (Object[] row : shares) {
            CurrencyCode currency = (CurrencyCode) row[2];
            long share = (Long) row[3];
            long[] sum = totals.computeIfAbsent(currency, c -> new long[2]);
            sum[0] += share;
            if (!live.contains((Long) row[0])) {
                sum[1] += share;
                long[] company = unpaidByCompany.computeIfAbsent(currency, c -> new LinkedHashMap<>())
                        .computeIfAbsent((Long) row[1], c -> new long[2]);
                company[0]++;
                company[1] += share;
            }
        }
        List<Long> companyIds = unpaidByCompany.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Map<Long, String> names = companyNames(companyIds);
        List<RoundPayables.CurrencyPayables> currencies = new ArrayList<>();
        totals.forEach((currency, sum) -> currencies.add(new RoundPayables.CurrencyPayables(currency,
                Money.ofMinor(sum[0], currency), Money.ofMinor(sum[0] - sum[1], currency),
                Money.ofMinor(sum[1], currency),
                unpaidByCompany.getOrDefault(currency, Map.of()).entrySet().stream()
                        .map(e -> new RoundPayables.CompanyUnpaid(e.getKey(), names.get(e.getKey()),
                                (int) e.getValue()[0], Money.ofMinor(e.getValue()[1], currency))).toList())));
        return new RoundPayables(roundId, true, currencies);
    }

    /** One batch with its payments, skipped companies, totals per payment status and files. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public BatchDetails get(@NotNull Long batchId) {
        return details(batch(batchId));
    }

    /** One payment, as officers and auditors see it. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public PaymentLine payment(@NotNull Long paymentId) {
        Payment payment = findPayment(paymentId);
        return PaymentLine.of(payment, companyNames(List.of(payment.getCompanyId())).get(payment.getCompanyId()));
    }

    /** A released batch's stored file (pain.001 or remittance report), exactly as generated. */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public PaymentFile file(@NotNull Long batchId, @NotNull FileKind kind) {
        DisbursementBatch batch = batch(batchId);
        DisbursementFile file = em.find(DisbursementFile.class, new DisbursementFile.Key(batch.getId(), kind));
        if (file == null) {
            throw new EntityNotFoundException("PaymentFile", batch.getId() + "/" + kind);
        }
        return new PaymentFile(kind, file.getFileName(), file.getMediaType(), file.getContent(), file.getSha256());
    }

    /**
     * The calling company's payments, newest first: held, released, paid, returned and rejected
     * (not those still awaiting release or cancelled), never another company's.
     */
    @RolesAllowed(Role.COMPANY_NAME)
    public List<CompanyPayment> myPayments() {
        Long companyId = currentActor.get().companyId();
        if (companyId == null) {
            return List.of();
        }
        Set<PaymentStatus> visible = Set.of(PaymentStatus.HELD, PaymentStatus.RELEASED, PaymentStatus.PAID,
                PaymentStatus.RETURNED, PaymentStatus.REJECTED);
        Map<Long, List<Long>> claimIds = new HashMap<>();
        em.createQuery("select i.payment.id, i.claimId from PaymentItem i where i.payment.companyId = :company "
                        + "and i.payment.status in :visible order by i.claimId", Object[].class)
                .setParameter("company", companyId).setParameter("visible", visible)
                .getResultStream().forEach(row -> claimIds.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((Long) row[1]));
        return em.createQuery("select p, b.releasedAt, r.id, r.nameEn, r.nameKo from Payment p, DisbursementBatch b, "
                        + "FundingRound r where p.companyId = :company and b.id = p.batchId and r.id = b.roundId "
                        + "and p.status in :visible order by p.id desc", Object[].class)
                .setParameter("company", companyId).setParameter("visible", visible)
                .getResultStream().map(row -> {
                    Payment p = (Payment) row[0];
                    return new CompanyPayment(p.getId(), p.getBatchId(), (Long) row[2], (String) row[3], (String) row[4], p.amount(),
                            p.getEndToEndId(), p.getStatus(), p.getStatusDate(), p.getBankReference(),
                            p.getStatusReason(), PaymentLine.mask(p.getAccountIdentifier()),
                            p.getStatus() == PaymentStatus.HELD ? null : (Instant) row[1],
                            List.copyOf(claimIds.getOrDefault(p.getId(), List.of())));
                }).toList();
    }

    /**
     * What the fund has paid the company in the currency and not got back: the payments released or
     * reported paid (a returned or rejected payment counts nothing). Recoveries are measured against it.
     */
    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Money paidTo(long companyId, @NotNull CurrencyCode currency) {
        Long sum = em.createQuery("select coalesce(sum(p.amountMinor), 0) from Payment p where p.companyId = :company "
                        + "and p.currency = :currency and p.status in :disbursed", Long.class)
                .setParameter("company", companyId).setParameter("currency", currency)
                .setParameter("disbursed", PaymentStatus.DISBURSED).getSingleResult();
        return Money.ofMinor(sum, currency);
    }

    private PaymentLine apply(Actor officer, DisbursementBatch batch, Payment payment, PaymentOutcome outcome,
                              LocalDate date, String bankReference, String reason) {
        Instant now = Clock.now();
        String companyName = companyNames(List.of(payment.getCompanyId())).get(payment.getCompanyId());
        var before = PaymentLine.of(payment, companyName);
        FundingRound round = em.find(FundingRound.class, batch.getRoundId());
        if (outcome == PaymentOutcome.PAID) {
            payment.paid(date, bankReference, officer.username(), now);
        } else {
            Money amount = payment.amount();
            CurrencyCode cur = amount.currency();
            JournalEntryRecord entry = ledger.post(new PostEntry("payment-" + payment.getId() + "-return", date,
                    reference(batch, payment), "Payment " + payment.getEndToEndId() + " " + outcome.name().toLowerCase(
                            Locale.ROOT) + " by the bank" + (bankReference == null ? "" : " (" + bankReference
                            + ")") + ": " + reason + "; puts back its part of release entry " + batch.getLedgerSequence(),
                    null, List.of(JournalLine.debit(CASH + cur, amount), JournalLine.credit(PAYABLE + cur, amount),
                            JournalLine.debit(PAYABLE + cur, amount), JournalLine.credit(OBLIGATIONS + cur, amount))));
            payment.returned(outcome, date, bankReference, reason, entry.sequence(), officer.username(), now);
        }
        OptimisticLocking.flush(em, Payment.ENTITY, payment.getId());
        var after = PaymentLine.of(payment, companyName);
        audit.record("PAYMENT_" + outcome.name(), Payment.ENTITY, payment.getId(), before, after);
        notifications.notifyCompany(payment.getCompanyId(), "PAYMENT_" + outcome.name(), Payment.ENTITY,
                payment.getId(), "notification.payment." + outcome.name().toLowerCase(Locale.ROOT),
                round.name(), payment.amount().toString(), payment.getEndToEndId(), date.toString(),
                reason == null ? "" : reason);
        return after;
    }

    /**
     * Which of the accounts (by id) had a payment come back (returned or rejected), in one query:
     * such an account is wrong and is not paid again; the company registers a corrected one, which
     * an officer verifies.
     */
    private Set<Long> returnedFrom(Collection<PayableAccount> accounts) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct p.payoutAccountId from Payment p "
                        + "where p.payoutAccountId in :accounts and p.status in :bounced", Long.class)
                .setParameter("accounts", accounts.stream().map(PayableAccount::accountId).collect(Collectors.toSet()))
                .setParameter("bounced", Set.of(PaymentStatus.RETURNED, PaymentStatus.REJECTED))
                .getResultList());
    }

    /** True when the database refused a second live item of a claim (its unique live claim id). */
    private static boolean isLiveClaimViolation(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(LIVE_CLAIM_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }

    private static StatusFileInvalidException.LineProblem problem(StatusFile.Line line, String key, Object... args) {
        return new StatusFileInvalidException.LineProblem(line.number(), key, List.of(args));
    }

    /** Lines D 2100 / C 2200 per payment (obligation to payable), then D 2200 / C 1200 per payment (paid out). */
    private static List<JournalLine> releaseLines(List<Payment> released) {
        List<JournalLine> lines = new ArrayList<>();
        for (Payment p : released) {
            lines.add(JournalLine.debit(OBLIGATIONS + p.getCurrency(), p.amount()));
            lines.add(JournalLine.credit(PAYABLE + p.getCurrency(), p.amount()));
        }
        for (Payment p : released) {
            lines.add(JournalLine.debit(PAYABLE + p.getCurrency(), p.amount()));
            lines.add(JournalLine.credit(CASH + p.getCurrency(), p.amount()));
        }
        return lines;
    }

    /** Names the payments of the entry's lines in their order, as far as the description's 1000 characters allow. */
    private static String releaseDescription(DisbursementBatch batch, List<Payment> released, Money total) {
        String head = "Disbursement batch " + batch.getId() + " released: " + released.size() + " payments, " + total
                + "; lines per payment in this order (2100 to 2200, then 2200 to 1200):";
        StringBuilder text = new StringBuilder(head);
        for (Payment p : released) {
            String item = " " + p.getEndToEndId() + " company " + p.getCompanyId() + " " + p.amount().amount()
                    .toPlainString() + ";";
            if (text.length() + item.length() > 990) {
                text.append(" ... (see the batch)");
                break;
            }
            text.append(item);
        }
        return text.toString();
    }

    private static String reference(DisbursementBatch batch, Payment payment) {
        return "round:" + batch.getRoundId() + " disbursement-batch:" + batch.getId()
                + (payment == null ? "" : " payment:" + payment.getId());
    }

    /** Refuses the release when, with its entry posted, the fund's cash account in the currency would be negative. */
    private void requireCash(DisbursementBatch batch, Money total) {
        String cash = CASH + batch.getCurrency();
        Money balance = ledger.balancesAsOf(null).stream().filter(t -> t.account().code().equals(cash))
                .map(AccountTotals::balance).findFirst().orElse(Money.zero(batch.getCurrency()));
        if (balance.isNegative()) {
            throw new InsufficientFundsException(batch.getId(), total, balance.plus(total));
        }
    }

    private void store(DisbursementBatch batch, FileKind kind, GeneratedFile file, Instant now) {
        em.persist(new DisbursementFile(batch.getId(), kind, file.fileName(), file.mediaType(), file.content(),
                file.sha256(), file.transactionCount(), file.controlSumMinor(), now));
    }

    /** A bank reports on a payment from the day (UTC) its batch was released to the latest value date. */
    private static ValueDateRange statusDates(DisbursementBatch batch) {
        return ValueDateRange.from(LocalDate.ofInstant(batch.getReleasedAt(), ZoneOffset.UTC));
    }

    private static void requireDate(DisbursementBatch batch, LocalDate date) {
        ValueDateRange dates = statusDates(batch);
        dates.breach(date).ifPresent(breach -> {
            throw new StatusDateInvalidException(date, dates, breach);
        });
    }

    private static void requirePayingOfficer(Actor officer, DisbursementBatch batch) {
        if (!officer.isOfficerOf(batch.payingCountry())) {
            throw new OwnCountryOnlyException(officer.username(), batch.payingCountry());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Locks the batch's row until the transaction ends ({@code SELECT ... FOR UPDATE}) and reads it as it now is. */
    private DisbursementBatch lockBatch(long batchId) {
        List<?> locked = em.createNativeQuery("select id from disbursement_batch where id = ?1 for update")
                .setParameter(1, batchId).getResultList();
        if (locked.isEmpty()) {
            throw new EntityNotFoundException(DisbursementBatch.ENTITY, batchId);
        }
        DisbursementBatch batch = em.find(DisbursementBatch.class, batchId);
        em.refresh(batch);
        return batch;
    }

    private Payment lockPayment(long paymentId) {
        List<?> locked = em.createNativeQuery("select id from payment where id = ?1 for update")
                .setParameter(1, paymentId).getResultList();
        if (locked.isEmpty()) {
            throw new EntityNotFoundException(Payment.ENTITY, paymentId);
        }
        Payment payment = em.find(Payment.class, paymentId);
        em.refresh(payment);
        return payment;
    }

    private long committedScenario(long roundId) {
        return em.createQuery("select s.id from AllocationScenario s where s.roundId = :round and s.status = :committed",
                        Long.class)
                .setParameter("round", roundId).setParameter("committed", ScenarioStatus.COMMITTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EntityNotFoundException(AllocationScenario.ENTITY, "committed/" + roundId));
    }

    /** The scenario's positive shares in the currency that are in no live payment, per company, by claim id. */
    private Map<Long, List<ClaimShare>> unpaidShares(long scenarioId, CurrencyCode currency) {
        Map<Long, List<ClaimShare>> perCompany = new LinkedHashMap<>();
        em.createQuery("select sh.claimId, sh.companyId, sh.shareMinor from AllocationScenario s join s.shares sh "
                        + "where s.id = :scenario and sh.currency = :currency and sh.shareMinor > 0 "
                        + "and not exists (select i.id from PaymentItem i where i.liveClaimId = sh.claimId) "
                        + "order by sh.companyId, sh.claimId", Object[].class)
                .setParameter("scenario", scenarioId).setParameter("currency", currency)
                .getResultStream().forEach(row -> perCompany.computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                        .add(new ClaimShare((Long) row[0], (Long) row[1], Money.ofMinor((Long) row[2], currency))));
        return perCompany;
    }

    /** The batch's payments in id order with their items, in one query (the items are fetched with them). */
    private List<Payment> payments(long batchId) {
        return em.createQuery("select distinct p from Payment p left join fetch p.items where p.batchId = :batch "
                        + "order by p.id", Payment.class)
                .setParameter("batch", batchId).getResultList();
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

    private BatchDetails details(DisbursementBatch batch) {
        List<Payment> payments = payments(batch.getId());
        List<Long> companies = new ArrayList<>();
        payments.forEach(p -> companies.add(p.getCompanyId()));
        batch.getSkipped().forEach(s -> companies.add(s.getCompanyId()));
        Map<Long, String> names = companyNames(companies);
        Map<PaymentStatus, long[]> perStatus = new EnumMap<>(PaymentStatus.class);
        for (Payment p : payments) {
            long[] sum = perStatus.computeIfAbsent(p.getStatus(), s -> new long[2]);
            sum[0]++;
            sum[1] += p.amount().minorUnits();
        }
        CurrencyCode cur = batch.getCurrency();
        List<BatchDetails.StatusTotal> totals = perStatus.entrySet().stream()
                .map(e -> new BatchDetails.StatusTotal(e.getKey(), (int) e.getValue()[0],
                        Money.ofMinor(e.getValue()[1], cur))).toList();
        List<BatchDetails.FileSummary> files = em.createQuery("select f.kind, f.fileName, f.mediaType, f.sha256, "
                        + "f.transactionCount, f.controlSumMinor, f.contentLength from DisbursementFile f "
                        + "where f.batchId = :batch order by f.kind", Object[].class)
                .setParameter("batch", batch.getId()).getResultStream()
                .map(f -> new BatchDetails.FileSummary((FileKind) f[0], (String) f[1], (String) f[2], (String) f[3],
                        (Integer) f[4], Money.ofMinor((Long) f[5], cur), (Long) f[6])).toList();
        FundingRound round = em.find(FundingRound.class, batch.getRoundId());
        return new BatchDetails(batch.getId(), batch.getVersion(), batch.getRoundId(), round.getNameEn(),
                batch.getScenarioId(), cur, batch.getStatus(), batch.getPaymentCount(), batch.total(), totals,
                batch.getPreparedBy(), batch.getPreparedAt(), batch.getReleasedBy(), batch.getReleasedAt(),
                batch.getCancelledBy(), batch.getCancelledAt(), batch.getCancelReason(), batch.getLedgerSequence(),
                payments.stream().map(p -> PaymentLine.of(p, names.get(p.getCompanyId()))).toList(),
                batch.getSkipped().stream().map(s -> new BatchDetails.SkippedLine(s.getCompanyId(),
                        names.get(s.getCompanyId()), s.getReason(), s.getClaimCount(),
                        Money.ofMinor(s.getAmountMinor(), cur))).toList(),
                files);
    }

    private DisbursementBatch batch(Long batchId) {
        DisbursementBatch batch = em.find(DisbursementBatch.class, batchId);
        if (batch == null) {
            throw new EntityNotFoundException(DisbursementBatch.ENTITY, batchId);
        }
        return batch;
    }

    private Payment findPayment(Long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new EntityNotFoundException(Payment.ENTITY, paymentId);
        }
        return payment;
    }

    private FundingRound round(Long roundId) {
        FundingRound round = em.find(FundingRound.class, roundId);
        if (round == null) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        return round;
    }
}
