package org.usrok.fund.ledger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.exchange.ExchangeRateRecord;
import org.usrok.fund.ledger.bundle.BundleAccount;
import org.usrok.fund.ledger.bundle.BundleBalance;
import org.usrok.fund.ledger.bundle.BundleCertificate;
import org.usrok.fund.ledger.bundle.BundleExchangeRate;
import org.usrok.fund.ledger.bundle.BundleManifest;
import org.usrok.fund.ledger.bundle.BundleMoneyRecord;
import org.usrok.fund.ledger.bundle.LedgerBundle;
import org.usrok.fund.ledger.bundle.LedgerBundleWriter;
import org.usrok.fund.ledger.checkpoint.CheckpointService;
import org.usrok.fund.ledger.reconciliation.MoneyRecords;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.Filters;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Posts journal entries and reads the ledger back. Rules enforced here for every caller: an
 * entry balances per currency and posts only to known accounts in their own currency; one
 * business event is one entry (re-posting returns the first); entries join the hash chain one
 * at a time under the posting lock, so concurrent posters never fork it or leave a gap;
 * nothing posted is ever changed (corrections are reversing entries). Each posting is audited in
 * the same transaction.
 */
@Stateless
public class LedgerService {

    static final String ENTITY = "JournalEntry";
    static final String EXPORT_ENTITY = "LedgerExport";
    static final String JOURNAL_EXPORT_ENTITY = "JournalExport";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private CheckpointService checkpoints;

    @RolesAllowed({Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public JournalEntryRecord post(@NotNull @Valid PostEntry command) {
        JournalEntryRecord.imbalance(command.lines()).ifPresent(why -> {
            throw new UnbalancedEntryException(why);
        });
        checkAccounts(command.lines());
        var earlier = findByEvent(command.eventId());
        if (earlier != null) {
            return replay(earlier, command);
        }
        PostingLock.acquire(em);
        earlier = findByEvent(command.eventId());
        if (earlier != null) {
            return replay(earlier, command);
        }
        ChainReader.Head head = ChainReader.head(em);
        JournalEntryRecord entry = new JournalEntryRecord(head.sequence() + 1, command.eventId(),
                command.effectiveDate(), Clock.now(), command.reference(), context.getCallerPrincipal().getName(),
                command.description(), command.reverses(), command.lines(), null, null)
                .chainedAfter(head.hash());
        em.persist(JournalEntry.of(entry));
        audit.record("JOURNAL_ENTRY_POSTED", ENTITY, entry.sequence(), null, entry);
        return entry;
    }

    private JournalEntryRecord replay(JournalEntry earlier, PostEntry command) {
        JournalEntryRecord record = earlier.toRecord();
        if (!record.lines().equals(command.lines())) {
            throw new EventPostedDifferentlyException(command.eventId(), record.sequence());
        }
        return record;
    }

    private void checkAccounts(List<JournalLine> lines) {
        Map<String, CurrencyCode> chart = em.createQuery("select a from LedgerAccount a", LedgerAccount.class)
                .getResultStream().collect(Collectors.toMap(LedgerAccount::getCode, LedgerAccount::getCurrency));
        for (JournalLine line : lines) {
            if (chart.get(line.account()) != line.amount().currency()) {
                throw new UnknownAccountException(line.account(), line.amount().currency().name());
            }
        }
    }

    private JournalEntry findByEvent(String eventId) {
        return em.createQuery("select e from JournalEntry e where e.eventId = :event", JournalEntry.class)
                .setParameter("event", eventId).getResultStream().findFirst().orElse(null);
    }

    /** The journal, newest entry first, one page at a time. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Page<JournalEntryRecord> journal(@NotNull PageRequest page) {
        return search(JournalQuery.all(), page);
    }

    /**
     * Every entry matching {@code query}, newest first, for the journal page's spreadsheet export.
     * Audited like the export bundle ({@code JOURNAL_EXPORTED}, with the filter and the number of
     * entries): what left the ledger, when and to whom stays provable.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<JournalEntryRecord> exportJournal(@NotNull JournalQuery query) {
        List<JournalEntryRecord> entries = AllPages.of(page -> search(query, page));
        Instant exportedAt = Clock.now();
        audit.record("JOURNAL_EXPORTED", JOURNAL_EXPORT_ENTITY, exportedAt, null,
                new JournalExported(exportedAt, query, entries.size()));
        return entries;
    }

    /** What the audit trail keeps of a journal export: when, the filter, and how many entries it held. */
    public record JournalExported(Instant exportedAt, JournalQuery filter, int entries) implements Serializable {
    }

    /**
     * The entries matching every filter of {@code query}, newest first, one page at a time. Three
     * statements whatever the page size, never one per entry: the count, the page's sequences
     * (paged in the database), then those entries with all their lines in one fetch join.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Page<JournalEntryRecord> journal(@NotNull JournalQuery query, @NotNull PageRequest page) {
        return search(query, page);
    }

    private Page<JournalEntryRecord> search(JournalQuery query, PageRequest page) {
        Filters filters = new Filters()
                .where("e.sequence >= :fromSequence", "fromSequence", query.fromSequence())
                .where("e.sequence <= :toSequence", "toSequence", query.toSequence())
                .where("e.effectiveDate >= :effectiveFrom", "effectiveFrom", query.effectiveFrom())
                .where("e.effectiveDate <= :effectiveTo", "effectiveTo", query.effectiveTo())
                .where("e.eventId = :eventId", "eventId", query.eventId())
                .where("e.sequence in (select x.sequence from JournalEntry x join x.lines l where l.accountCode = :account)",
                        "account", query.account())
                .where("lower(e.reference) like :reference escape '!'", "reference", query.referenceContains() == null
                        ? null : "%" + escapeLike(query.referenceContains().toLowerCase(Locale.ROOT)) + "%");
        TypedQuery<Long> count = filters.bind(em.createQuery("select count(e) from JournalEntry e" + filters.clause(),
                Long.class));
        TypedQuery<Long> sequences = filters.bind(em.createQuery("select e.sequence from JournalEntry e"
                + filters.clause() + " order by e.sequence desc", Long.class));
        List<Long> onPage = sequences.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(withLines(onPage), page.page(), page.size(), count.getSingleResult());
    }

    /** The entries with these sequences and all their lines, in one statement, in the order given. */
    private List<JournalEntryRecord> withLines(List<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        // ordered by entry, so each entry's rows arrive together: on PostgreSQL an unordered fetch join
        // can interleave two entries' rows, and Hibernate then leaves holes (nulls) in the ordered lines
        Map<Long, JournalEntryRecord> bySequence = em.createQuery("select distinct e from JournalEntry e "
                        + "left join fetch e.lines where e.sequence in :sequences order by e.sequence",
                        JournalEntry.class)
                .setParameter("sequences", sequences)
                .getResultStream().collect(Collectors.toMap(JournalEntry::getSequence, JournalEntry::toRecord));
        return sequences.stream().map(bySequence::get).toList();
    }


    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public JournalEntryRecord entry(long sequence) {
        JournalEntry entry = em.find(JournalEntry.class, sequence);
        if (entry == null) {
            throw new EntityNotFoundException(ENTITY, sequence);
        }
        return entry.toRecord();
    }

    /** One entry with the sequences of the entries that reverse it (normally none or one). */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public JournalEntryDetails entryDetails(long sequence) {
        JournalEntry entry = em.find(JournalEntry.class, sequence);
        if (entry == null) {
            throw new EntityNotFoundException(ENTITY, sequence);
        }
        List<Long> reversedBy = em.createQuery("select e.sequence from JournalEntry e where e.reverses = :sequence "
                        + "order by e.sequence", Long.class)
                .setParameter("sequence", sequence).getResultList();
        return new JournalEntryDetails(entry.toRecord(), reversedBy);
    }

    /** The chart of accounts, ordered by code (in Java: the same order whatever the database's collation). */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<LedgerAccountSummary> chart() {
        return em.createQuery("select a from LedgerAccount a", LedgerAccount.class).getResultStream()
                .map(LedgerAccountSummary::of).sorted(Comparator.comparing(LedgerAccountSummary::code)).toList();
    }

    /**
     * Every account of the chart with its debit total, credit total and balance over the entries
     * effective on or before {@code asOf} (all entries when null), ordered by code. The sums come
     * from one grouped query over the journal lines; accounts without lines show zeros. An entry
     * belongs to its effective date, not to the day it was recorded, so a back-dated entry
     * changes the balances of earlier dates.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<AccountTotals> balancesAsOf(LocalDate asOf) {
        Map<String, long[]> sums = new HashMap<>();
        var query = em.createQuery("select l.accountCode, sum(case when l.side = :debit then l.amountMinor else 0 end), "
                        + "sum(case when l.side = :credit then l.amountMinor else 0 end) from JournalEntry e "
                        + "join e.lines l" + (asOf == null ? "" : " where e.effectiveDate <= :asOf")
                        + " group by l.accountCode", Object[].class)
                .setParameter("debit", Side.DEBIT).setParameter("credit", Side.CREDIT);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        query.getResultStream().forEach(r -> sums.put((String) r[0],
                new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return chart().stream().map(a -> {
            long[] s = sums.getOrDefault(a.code(), new long[2]);
            return AccountTotals.ofMinor(a, s[0], s[1]);
        }).toList();
    }

    /**
     * Recomputes the whole chain from the stored entries and checks it against every signed
     * checkpoint and every export record ({@link CheckpointService#check}): OK only when the
     * chain recomputes and nothing contradicts it, else the first bad entry and every finding.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public ChainVerification verifyChain() {
        List<JournalEntryRecord> chain = ChainReader.through(em, Long.MAX_VALUE);
        CheckpointService.Checked checked = checkpoints.check(chain);
        return ChainVerification.of(ChainVerifier.verify(chain), checked.checkpoints(), checked.findings());
    }

    /**
     * Writes the auditors' export bundle (docs/ledger.md) to {@code out}: the chart, the journal
     * in chain order, every account's debit and credit totals, the certificates of committed
     * allocations and the exchange rates recorded, with the caller as generated-by.
     * Everything is read up to the chain head's sequence as read at the start, and the totals
     * count only those entries, so an entry posted meanwhile can never make the bundle's balances
     * disagree with its journal. Returns the manifest written (head hash, count, time). Every
     * export is audited with its head hash, so auditors can later prove which state of the chain
     * was handed out and to whom, and first records a signed checkpoint of that head
     * ({@link CheckpointService#recordAtExport}); the bundle (version 4) carries every checkpoint
     * up to that head, this one included, and the fund's public key, so the offline verifier can
     * check the journal against them.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public BundleManifest exportBundle(@NotNull OutputStream out) {
        Instant generatedAt = Clock.now();
        Long newest = em.createQuery("select max(e.sequence) from JournalEntry e", Long.class).getSingleResult();
        long last = newest == null ? 0 : newest;
        List<BundleAccount> accounts = em.createQuery("select a from LedgerAccount a order by a.code",
                        LedgerAccount.class).getResultStream()
                .map(a -> new BundleAccount(a.getCode(), a.getNameEn(), a.getKind(), a.getCurrency())).toList();
        Map<String, long[]> totals = new HashMap<>();
        em.createQuery("select l.accountCode, sum(case when l.side = :debit then l.amountMinor else 0 end), "
                        + "sum(case when l.side = :credit then l.amountMinor else 0 end) from JournalEntry e "
                        + "join e.lines l where e.sequence <= :last group by l.accountCode", Object[].class)
                .setParameter("debit", Side.DEBIT).setParameter("credit", Side.CREDIT).setParameter("last", last)
                .getResultStream().forEach(r -> totals.put((String) r[0],
                        new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        List<BundleBalance> balances = accounts.stream().map(a -> {
            long[] sums = totals.getOrDefault(a.code(), new long[2]);
            return BundleBalance.ofMinor(a.code(), a.currency(), sums[0], sums[1]);
        }).toList();
        List<JournalEntryRecord> chain = ChainReader.through(em, last);
        checkpoints.recordAtExport(chain);
        LedgerBundle bundle = new LedgerBundle(generatedAt, context.getCallerPrincipal().getName(), accounts, chain,
                balances, committedAllocationCertificates(last), recordedExchangeRates(), moneyRecords(last),
                checkpoints.forExport(last));
        BundleManifest manifest;
        try {
            manifest = LedgerBundleWriter.write(bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ledger export", e);
        }
        audit.record("LEDGER_EXPORTED", EXPORT_ENTITY, manifest.headHash(), null, new LedgerExported(
                manifest.generatedAt(), manifest.entries(), manifest.firstSequence(), manifest.lastSequence(),
                manifest.headHash()));
        return manifest;
    }

    /** What the audit trail keeps of an export: who (the record's actor), when, and which chain head it covered. */
    public record LedgerExported(Instant generatedAt, long entries, Long firstSequence, Long lastSequence,
                                 String headHash) implements Serializable {
    }

    /**
     * What the money records (receipts, commitments, payments, returns, recoveries) require of
     * their entries up to {@code last}, derived from the records ({@link MoneyRecords}), for the
     * offline verifier to reconcile with the journal.
     */
    private List<BundleMoneyRecord> moneyRecords(long last) {
        return MoneyRecords.through(em, last).stream().map(p -> new BundleMoneyRecord(p.kind().name(), p.recordId(),
                p.sequence(), p.eventId(), p.date(), p.amount(), p.debitAccount(), p.debitLine(), p.creditAccount(),
                p.creditLine())).toList();
    }

    /** The certificates of the allocations committed by entries up to {@code last}, exactly as stored. */
    private List<BundleCertificate> committedAllocationCertificates(long last) {
        List<?> rows = em.createNativeQuery("select c.round_id, a.content from allocation_commitment c "
                        + "join allocation_certificate a on a.scenario_id = c.scenario_id "
                        + "where c.ledger_sequence <= ?1 order by c.round_id")
                .setParameter(1, last).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new BundleCertificate(((Number) r[0]).longValue(),
                new String((byte[]) r[1], StandardCharsets.UTF_8))).toList();
    }

    /**
     * Every exchange rate recorded so far, by id: read after the chain head, so it holds every rate
     * a certificate of the bundle cites (a rate is recorded before the allocation that uses it is
     * simulated, let alone committed). Rates recorded after the head are included too: the
     * application never changes or deletes a rate, so more rows cannot contradict a certificate,
     * and a row changed in the database behind its back is what the verifier's rate check finds.
     */
    private List<BundleExchangeRate> recordedExchangeRates() {
        return em.createQuery("select r from ExchangeRateRecord r order by r.id", ExchangeRateRecord.class)
                .getResultStream().map(r -> {
                    ExchangeRate rate = r.toRate();
                    return new BundleExchangeRate(r.getId(), rate.base(), rate.quote(), rate.rate(),
                            r.getEffectiveOn(), r.getSource(), r.getSourceReference(), r.getEnteredBy(),
                            r.getEnteredAt());
                }).toList();
    }

    /** Every account's balance (debits minus credits); per currency the balances sum to zero. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<AccountBalance> trialBalance() {
        Map<String, LedgerAccount> chart = em.createQuery("select a from LedgerAccount a order by a.code",
                LedgerAccount.class).getResultStream().collect(Collectors.toMap(LedgerAccount::getCode,
                Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        Map<String, Long> sums = em.createQuery("select l.accountCode, sum(case when l.side = :debit "
                        + "then l.amountMinor else -l.amountMinor end) from JournalEntry e join e.lines l "
                        + "group by l.accountCode", Object[].class)
                .setParameter("debit", Side.DEBIT)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        return chart.values().stream().map(a -> new AccountBalance(a.getCode(), a.getKind(),
                Money.ofMinor(sums.getOrDefault(a.getCode(), 0L), a.getCurrency()))).toList();
    }
}
