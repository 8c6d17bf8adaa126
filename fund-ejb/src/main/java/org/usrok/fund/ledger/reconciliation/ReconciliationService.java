package org.usrok.fund.ledger.reconciliation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.ledger.JournalEntry;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reconciles the business records that move money with the journal (issue 14: a superuser changed
 * a receipt's journal amount to USD 21,000,000.00 while the receipt still said 20,000,000.00, and
 * nothing noticed). The hash chain proves the entries fit together, not that they say what the
 * records say; this compares the two. Rules:
 * <ol>
 * <li>Every money record (contribution receipt, allocation commitment, payment, payment return,
 *     recovery receivable, recovery receipt) is restated as the lines the posting rules of
 *     docs/ledger.md give it ({@link MoneyRecords}), from the record's own table.</li>
 * <li>The entry the record names by sequence must exist ({@code entry}), carry the record's
 *     event id ({@code eventId}) and its value date as effective date ({@code effectiveDate}), and
 *     at each line the record expects debit or credit the expected account in the record's currency
 *     and amount ({@code line <k> account|side|currency|amount}); an entry with more or fewer lines
 *     than its records account for is a difference ({@code lines}).</li>
 * <li>An entry whose event id is a money event's but which no record names is an orphan
 *     ({@code record}); reversals ({@code -reversal}) and pledges are not money records here.</li>
 * <li>Read-only for the ledger: auditors and officers (the ledger's readers) may run it; each
 *     run is audited ({@code LEDGER_RECONCILED}, with its totals), as who looked at what matters
 *     to the auditors too.</li>
 * </ol>
 * Entries are read 500 at a time, so memory holds the records' postings and one batch of entries.
 */
@Stateless
public class ReconciliationService {

    static final String ENTITY = "LedgerReconciliation";
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    /** What the audit trail keeps of a run: its time and totals. */
    public record Reconciled(Instant ranAt, long records, long entries, long differences) implements Serializable {
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Reconciliation reconcile() {
        Instant ranAt = Clock.now();
        List<MoneyPosting> postings = MoneyRecords.through(em, Long.MAX_VALUE);
        Map<Long, List<MoneyPosting>> bySequence = new TreeMap<>();
        postings.forEach(p -> bySequence.computeIfAbsent(p.sequence(), s -> new ArrayList<>()).add(p));
        Set<ReconciliationDifference> differences = new LinkedHashSet<>();
        List<Long> sequences = new ArrayList<>(bySequence.keySet());
        for (int from = 0; from < sequences.size(); from += BATCH) {
            List<Long> batch = sequences.subList(from, Math.min(from + BATCH, sequences.size()));
            Map<Long, JournalEntryRecord> entries = entries(batch);
            for (Long sequence : batch) {
                compare(bySequence.get(sequence), entries.get(sequence), differences);
            }
        }
        differences.addAll(orphans());
        List<ReconciliationDifference> sorted = differences.stream()
                .sorted(Comparator.comparing(ReconciliationDifference::sequence,
                        Comparator.nullsLast(Long::compare))).toList();
        List<KindTotals> kinds = totals(postings, sorted);
        var result = new Reconciliation(ranAt, context.getCallerPrincipal().getName(), kinds, sorted);
        audit.record("LEDGER_RECONCILED", ENTITY, ranAt.toString(), null, new Reconciled(ranAt,
                kinds.stream().mapToLong(KindTotals::records).sum(), bySequence.size(), sorted.size()));
        return result;
    }

    private Map<Long, JournalEntryRecord> entries(List<Long> sequences) {
        Map<Long, JournalEntryRecord> entries = new HashMap<>();
        em.createQuery("select distinct e from JournalEntry e left join fetch e.lines where e.sequence in :sequences",
                        JournalEntry.class).setParameter("sequences", sequences)
                .getResultList().forEach(e -> entries.put(e.getSequence(), e.toRecord()));
        em.clear();
        return entries;
    }

    private static void compare(List<MoneyPosting> postings, JournalEntryRecord entry,
                                Set<ReconciliationDifference> out) {
        if (entry == null) {
            postings.forEach(p -> out.add(difference(p, "entry", "entry " + p.sequence(), "none")));
            return;
        }
        Set<Integer> covered = new HashSet<>();
        for (MoneyPosting p : postings) {
            if (!p.eventId().equals(entry.eventId())) {
                out.add(difference(p, "eventId", p.eventId(), entry.eventId()));
            }
            if (!p.date().equals(entry.effectiveDate())) {
                out.add(difference(p, "effectiveDate", p.date().toString(), entry.effectiveDate().toString()));
            }
            line(p, entry, p.debitLine(), Side.DEBIT, p.debitAccount(), out);
            line(p, entry, p.creditLine(), Side.CREDIT, p.creditAccount(), out);
            covered.add(p.debitLine());
            covered.add(p.creditLine());
        }
        if (covered.size() != entry.lines().size()) {
            out.add(difference(postings.get(0), "lines", Integer.toString(covered.size()),
                    Integer.toString(entry.lines().size())));
        }
    }

    private static void line(MoneyPosting p, JournalEntryRecord entry, int number, Side side, String account,
                             Set<ReconciliationDifference> out) {
        String field = "line " + number;
        if (number > entry.lines().size()) {
            out.add(difference(p, field, side.code() + " " + account + " " + p.amount(), "none"));
            return;
        }
        JournalLine line = entry.lines().get(number - 1);
        if (!line.account().equals(account)) {
            out.add(difference(p, field + " account", account, line.account()));
        }
        if (line.side() != side) {
            out.add(difference(p, field + " side", side.code(), line.side().code()));
        }
        if (line.amount().currency() != p.amount().currency()) {
            out.add(difference(p, field + " currency", p.amount().currency().name(), line.amount().currency().name()));
        } else if (!line.amount().equals(p.amount())) {
            out.add(difference(p, field + " amount", p.amount().toString(), line.amount().toString()));
        }
    }

    private static ReconciliationDifference difference(MoneyPosting p, String field, String expected, String found) {
        return new ReconciliationDifference(p.kind(), p.recordId(), p.sequence(), field, expected, found);
    }

    /** The entries of money events that no record names, in one query. */
    private List<ReconciliationDifference> orphans() {
        List<?> rows = em.createNativeQuery("select e.sequence, e.event_id from journal_entry e "
                + "where (e.event_id like 'round-%-receipt-%' or e.event_id like 'round-%-allocation' "
                + "or e.event_id like 'disbursement-batch-%-release' or e.event_id like 'payment-%-return' "
                + "or e.event_id like 'recovery-%-receivable' or e.event_id like 'recovery-%-receipt-%') "
                + "and not exists (select 1 from contribution_receipt r where r.ledger_sequence = e.sequence) "
                + "and not exists (select 1 from allocation_commitment c where c.ledger_sequence = e.sequence) "
                + "and not exists (select 1 from disbursement_batch b where b.ledger_sequence = e.sequence) "
                + "and not exists (select 1 from payment p where p.return_ledger_sequence = e.sequence) "
                + "and not exists (select 1 from recovery v where v.receivable_sequence = e.sequence) "
                + "and not exists (select 1 from recovery_receipt t where t.ledger_sequence = e.sequence) "
                + "order by e.sequence").getResultList();
        List<ReconciliationDifference> orphans = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long sequence = ((Number) r[0]).longValue();
            String eventId = (String) r[1];
            MoneyRecordKind.ofEventId(eventId).ifPresent(kind -> orphans.add(new ReconciliationDifference(kind, null,
                    sequence, "record", "a record posting " + eventId, "none")));
        }
        return orphans;
    }

    private static List<KindTotals> totals(List<MoneyPosting> postings, List<ReconciliationDifference> differences) {
        Map<MoneyRecordKind, Set<Long>> records = new EnumMap<>(MoneyRecordKind.class);
        Map<MoneyRecordKind, Set<Long>> entries = new EnumMap<>(MoneyRecordKind.class);
        for (MoneyPosting p : postings) {
            records.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(p.recordId());
            entries.computeIfAbsent(p.kind(), k -> new HashSet<>()).add(p.sequence());
        }
        Map<MoneyRecordKind, Long> found = new EnumMap<>(MoneyRecordKind.class);
        differences.forEach(d -> found.merge(d.kind(), 1L, Long::sum));
        List<KindTotals> totals = new ArrayList<>();
        for (MoneyRecordKind kind : MoneyRecordKind.values()) {
            totals.add(new KindTotals(kind, records.getOrDefault(kind, Set.of()).size(),
                    entries.getOrDefault(kind, Set.of()).size(), found.getOrDefault(kind, 0L)));
        }
        return totals;
    }
}
