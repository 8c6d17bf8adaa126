package org.usrok.fund.ledger.reconciliation;

import jakarta.persistence.EntityManager;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The money records as the postings they require, read from the records' own tables (one query
 * per kind) and restated with the posting rules of docs/ledger.md, independently of the services
 * that posted them:
 * <ul>
 * <li>contribution receipt: {@code round-<round>-receipt-<gov>-<n>} (n: its place among the
 *     round's receipts of that government, by id), on the day received, line 1 D 1200-CUR fund
 *     cash, line 2 C 1100-USD (U.S.) or 1110-KRW (ROK) contributions receivable;</li>
 * <li>allocation commitment: {@code round-<round>-allocation}, on the commitment's UTC day, per
 *     currency with shares (USD first) D 5100-CUR / C 2100-CUR for the sum of the shares;</li>
 * <li>payment (released, paid, returned or rejected): its batch's {@code disbursement-batch-<id>-release},
 *     on the release's UTC day; the i-th of the batch's n released payments (by id) at lines
 *     2i-1 D 2100-CUR / 2i C 2200-CUR and 2n+2i-1 D 2200-CUR / 2n+2i C 1200-CUR;</li>
 * <li>payment return (returned or rejected): {@code payment-<id>-return} on the bank's date,
 *     lines 1/2 D 1200-CUR / C 2200-CUR and 3/4 D 2200-CUR / C 2100-CUR;</li>
 * <li>recovery receivable (approved): {@code recovery-<id>-receivable} on the approval's UTC day,
 *     D 1300-CUR / C 5100-CUR;</li>
 * <li>recovery receipt: {@code recovery-<id>-receipt-<number>} on the day received, D 1200-CUR /
 *     C 1300-CUR.</li>
 * </ul>
 * Ordered by entry sequence and debit line, the order of the bundle's {@code money-records.csv}.
 */
public final class MoneyRecords {

    private static final String CASH = "1200-";
    private static final String RECOVERIES_RECEIVABLE = "1300-";
    private static final String OBLIGATIONS = "2100-";
    private static final String PAYABLE = "2200-";
    private static final String ALLOCATIONS_EXPENSE = "5100-";

    private MoneyRecords() {
    }

    /** Every posting of the records whose entries are at or before {@code lastSequence}. */
    public static List<MoneyPosting> through(EntityManager em, long lastSequence) {
        List<MoneyPosting> postings = new ArrayList<>();
        contributionReceipts(em, postings);
        allocationCommitments(em, postings);
        payments(em, postings);
        paymentReturns(em, postings);
        recoveryReceivables(em, postings);
        recoveryReceipts(em, postings);
        return postings.stream().filter(p -> p.sequence() <= lastSequence)
                .sorted(Comparator.comparingLong(MoneyPosting::sequence).thenComparingInt(MoneyPosting::debitLine)
                        .thenComparingLong(MoneyPosting::recordId))
                .toList();
    }

    private static List<Object[]> rows(EntityManager em, String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    private static void contributionReceipts(EntityManager em, List<MoneyPosting> out) {
        for (Object[] r : rows(em, "select r.id, r.ledger_sequence, r.round_id, r.government, r.currency, "
                + "r.amount_minor, r.received_on, row_number() over (partition by r.round_id, r.government order by r.id) "
                + "from contribution_receipt r")) {
            String government = (String) r[3];
            Money amount = money(r[5], r[4]);
            out.add(new MoneyPosting(MoneyRecordKind.CONTRIBUTION_RECEIPT, number(r[0]), number(r[1]),
                    "round-" + number(r[2]) + "-receipt-" + government + "-" + number(r[7]), date(r[6]), amount,
                    CASH + amount.currency(), "US".equals(government) ? "1100-USD" : "1110-KRW", 1, 2));
        }
    }

    private static void allocationCommitments(EntityManager em, List<MoneyPosting> out) {
        List<Object[]> rows = rows(em, "select c.round_id, c.ledger_sequence, c.committed_at, s.currency, "
                + "sum(s.share_minor) from allocation_commitment c join allocation_share s on s.scenario_id = c.scenario_id "
                + "group by c.round_id, c.ledger_sequence, c.committed_at, s.currency having sum(s.share_minor) > 0");
        List<Object[]> ordered = rows.stream().sorted(Comparator.comparingLong((Object[] r) -> number(r[0]))
                .thenComparingInt(r -> CurrencyCode.valueOf((String) r[3]).ordinal())).toList();
        long round = 0;
        int line = 1;
        for (Object[] r : ordered) {
            if (number(r[0]) != round) {
                round = number(r[0]);
                line = 1;
            }
            Money amount = money(r[4], r[3]);
            out.add(new MoneyPosting(MoneyRecordKind.ALLOCATION_COMMITMENT, round, number(r[1]),
                    "round-" + round + "-allocation", utcDay(r[2]), amount, ALLOCATIONS_EXPENSE + amount.currency(),
                    OBLIGATIONS + amount.currency(), line, line + 1));
            line += 2;
        }
    }

    private static void payments(EntityManager em, List<MoneyPosting> out) {
        for (Object[] r : rows(em, "select p.id, b.id, b.ledger_sequence, b.released_at, p.currency, p.amount_minor, "
                + "row_number() over (partition by p.batch_id order by p.id), count(*) over (partition by p.batch_id) "
                + "from payment p join disbursement_batch b on b.id = p.batch_id where b.ledger_sequence is not null "
                + "and p.status in ('RELEASED', 'PAID', 'RETURNED', 'REJECTED')")) {
            Money amount = money(r[5], r[4]);
            String cur = amount.currency().name();
            int i = (int) number(r[6]);
            int n = (int) number(r[7]);
            String event = "disbursement-batch-" + number(r[1]) + "-release";
            LocalDate day = utcDay(r[3]);
            out.add(new MoneyPosting(MoneyRecordKind.PAYMENT, number(r[0]), number(r[2]), event, day, amount,
                    OBLIGATIONS + cur, PAYABLE + cur, 2 * i - 1, 2 * i));
            out.add(new MoneyPosting(MoneyRecordKind.PAYMENT, number(r[0]), number(r[2]), event, day, amount,
                    PAYABLE + cur, CASH + cur, 2 * n + 2 * i - 1, 2 * n + 2 * i));
        }
    }

    private static void paymentReturns(EntityManager em, List<MoneyPosting> out) {
        for (Object[] r : rows(em, "select p.id, p.return_ledger_sequence, p.status_date, p.currency, p.amount_minor "
                + "from payment p where p.return_ledger_sequence is not null")) {
            Money amount = money(r[4], r[3]);
            String cur = amount.currency().name();
            String event = "payment-" + number(r[0]) + "-return";
            out.add(new MoneyPosting(MoneyRecordKind.PAYMENT_RETURN, number(r[0]), number(r[1]), event, date(r[2]),
                    amount, CASH + cur, PAYABLE + cur, 1, 2));
            out.add(new MoneyPosting(MoneyRecordKind.PAYMENT_RETURN, number(r[0]), number(r[1]), event, date(r[2]),
                    amount, PAYABLE + cur, OBLIGATIONS + cur, 3, 4));
        }
    }

    private static void recoveryReceivables(EntityManager em, List<MoneyPosting> out) {
        for (Object[] r : rows(em, "select r.id, r.receivable_sequence, r.approved_at, r.currency, r.amount_minor "
                + "from recovery r where r.receivable_sequence is not null")) {
            Money amount = money(r[4], r[3]);
            out.add(new MoneyPosting(MoneyRecordKind.RECOVERY_RECEIVABLE, number(r[0]), number(r[1]),
                    "recovery-" + number(r[0]) + "-receivable", utcDay(r[2]), amount,
                    RECOVERIES_RECEIVABLE + amount.currency(), ALLOCATIONS_EXPENSE + amount.currency(), 1, 2));
        }
    }

    private static void recoveryReceipts(EntityManager em, List<MoneyPosting> out) {
        for (Object[] r : rows(em, "select r.id, r.ledger_sequence, r.recovery_id, r.receipt_number, r.received_on, "
                + "r.currency, r.amount_minor from recovery_receipt r")) {
            Money amount = money(r[6], r[5]);
            out.add(new MoneyPosting(MoneyRecordKind.RECOVERY_RECEIPT, number(r[0]), number(r[1]),
                    "recovery-" + number(r[2]) + "-receipt-" + number(r[3]), date(r[4]), amount,
                    CASH + amount.currency(), RECOVERIES_RECEIVABLE + amount.currency(), 1, 2));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Money money(Object minor, Object currency) {
        return Money.ofMinor(number(minor), CurrencyCode.valueOf(((String) currency).strip()));
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** The UTC day of a stored instant, whichever type the driver returns it as. */
    private static LocalDate utcDay(Object value) {
        Instant instant;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (value instanceof Timestamp t) {
            instant = t.toInstant();
        } else {
            throw new IllegalStateException("Not a stored instant: " + value.getClass().getName());
        }
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
