package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline reconciliation (bundle version 4): every row of {@code money-records.csv}, what a
 * business record moving money says, against the entry of {@code journal.csv} it names. Written
 * from docs/ledger.md ("Reconciliation") and sharing no code with the application's reconciliation:
 * <ol>
 * <li>the entry exists and has the row's event id and effective date;</li>
 * <li>line {@code debit_line} debits {@code debit_account} and line {@code credit_line} credits
 *     {@code credit_account}, each with the row's currency and amount;</li>
 * <li>an entry that rows name has exactly the lines its rows name, no more;</li>
 * <li>an entry whose event id is a money event's (a contribution receipt, an allocation, a batch
 *     release, a payment return, a recovery receivable or receipt) is named by a row: else the
 *     record behind it is missing.</li>
 * </ol>
 * Both files are ordered by sequence, so they are read side by side as streams: memory does not
 * grow with the number of entries or records.
 */
final class MoneyRecordCheck {

    /** Where a finding goes: the verifier's list. */
    interface Findings {
        void add(String file, Long sequence, String account, String problem);
    }

    private static final String FILE = BundleFiles.MONEY_RECORDS;
    private static final List<Pattern> MONEY_EVENTS = List.of(
            Pattern.compile("round-[0-9]+-receipt-(US|KR)-[0-9]+"),
            Pattern.compile("round-[0-9]+-allocation"),
            Pattern.compile("disbursement-batch-[0-9]+-release"),
            Pattern.compile("payment-[0-9]+-return"),
            Pattern.compile("recovery-[0-9]+-receivable"),
            Pattern.compile("recovery-[0-9]+-receipt-[0-9]+"));

    private final Findings findings;

    private MoneyRecordCheck(Findings findings) {
        this.findings = findings;
    }

    /** Checks the rows of {@code records} against the entries of {@code journal}; both streams are read to the end. */
    static void check(InputStream journal, InputStream records, Findings findings) {
        new MoneyRecordCheck(findings).run(journal, records);
    }

    /** Every row of a {@code money-records.csv}, strictly read (a format problem is a {@link BundleFormatException}). */
    static List<BundleMoneyRecord> read(byte[] bytes) {
        Csv.utf8(FILE, bytes);
        List<BundleMoneyRecord> rows = new ArrayList<>();
        try (Rows stream = new Rows(new ByteArrayInputStream(bytes))) {
            for (BundleMoneyRecord row = stream.next(); row != null; row = stream.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void run(InputStream journalBytes, InputStream recordBytes) {
        try (LedgerBundleReader.JournalStream journal = new LedgerBundleReader.JournalStream(journalBytes);
             Rows rows = new Rows(recordBytes)) {
            BundleMoneyRecord row = rows.next();
            for (JournalEntryRecord entry = journal.next(); entry != null; entry = journal.next()) {
                while (row != null && row.sequence() < entry.sequence()) {
                    noEntry(row);
                    row = rows.next();
                }
                List<BundleMoneyRecord> named = new ArrayList<>();
                while (row != null && row.sequence() == entry.sequence()) {
                    named.add(row);
                    row = rows.next();
                }
                if (named.isEmpty()) {
                    if (isMoneyEvent(entry.eventId())) {
                        findings.add(FILE, entry.sequence(), null, "no record names this entry of "
                                + entry.eventId() + ": the record behind it is missing");
                    }
                } else {
                    compare(named, entry);
                }
            }
            for (; row != null; row = rows.next()) {
                noEntry(row);
            }
        }
    }

    private static boolean isMoneyEvent(String eventId) {
        return MONEY_EVENTS.stream().anyMatch(p -> p.matcher(eventId).matches());
    }

    private void noEntry(BundleMoneyRecord row) {
        findings.add(FILE, row.sequence(), null, name(row) + " names entry " + row.sequence()
                + ", which journal.csv does not have");
    }

    private void compare(List<BundleMoneyRecord> rows, JournalEntryRecord entry) {
        Set<Integer> named = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (BundleMoneyRecord row : rows) {
            if (!row.eventId().equals(entry.eventId()) && reported.add(name(row) + " event")) {
                problem(row, "its event id is " + row.eventId() + " but the entry's is " + entry.eventId());
            }
            if (!row.effectiveDate().equals(entry.effectiveDate()) && reported.add(name(row) + " date")) {
                problem(row, "its date is " + row.effectiveDate() + " but the entry is effective "
                        + entry.effectiveDate());
            }
            line(row, entry, row.debitLine(), Side.DEBIT, row.debitAccount());
            line(row, entry, row.creditLine(), Side.CREDIT, row.creditAccount());
            named.add(row.debitLine());
            named.add(row.creditLine());
        }
        if (named.size() != entry.lines().size()) {
            problem(rows.get(0), "the records name " + named.size() + " lines of the entry but it has "
                    + entry.lines().size());
        }
    }

    private void line(BundleMoneyRecord row, JournalEntryRecord entry, int number, Side side, String account) {
        String expected = (side == Side.DEBIT ? "debit " : "credit ") + account + " " + text(row.amount());
        if (number > entry.lines().size()) {
            problem(row, "line " + number + " should " + expected + " but the entry has " + entry.lines().size()
                    + " lines");
            return;
        }
        JournalLine line = entry.lines().get(number - 1);
        if (line.side() != side || !line.account().equals(account) || !line.amount().equals(row.amount())) {
            problem(row, "line " + number + " should " + expected + " but the entry's "
                    + (line.side() == Side.DEBIT ? "debits " : "credits ") + line.account() + " "
                    + text(line.amount()));
        }
    }

    private void problem(BundleMoneyRecord row, String problem) {
        findings.add(FILE, row.sequence(), null, name(row) + ": " + problem);
    }

    private static String name(BundleMoneyRecord row) {
        return row.kind() + " " + row.recordId();
    }

    private static String text(Money amount) {
        return amount.currency() + " " + amount.amount().toPlainString();
    }

    /** {@code money-records.csv} row by row, checked to be ordered by sequence and debit line. */
    static final class Rows implements Closeable {

        private final Csv.Reader csv;
        private long sequence;
        private long debitLine;

        Rows(InputStream in) {
            csv = new Csv.Reader(FILE, in, BundleFiles.MONEY_RECORDS_HEADER);
        }

        BundleMoneyRecord next() {
            Csv.Row row = csv.next();
            if (row == null) {
                return null;
            }
            int line = row.line();
            String kind = row.get(0);
            if (!BundleMoneyRecord.KINDS.contains(kind)) {
                throw Fields.bad(FILE, line, "kind", kind, "one of " + String.join(", ", BundleMoneyRecord.KINDS));
            }
            long recordId = Fields.positive(FILE, line, "record_id", row.get(1));
            long at = Fields.positive(FILE, line, "sequence", row.get(2));
            if (row.get(3).isEmpty()) {
                throw new BundleFormatException(FILE, line, "event_id is empty");
            }
            CurrencyCode currency = Fields.currency(FILE, line, "currency", row.get(5));
            Money amount = Fields.amount(FILE, line, "amount", row.get(6), currency, false);
            if (amount.isZero()) {
                throw Fields.bad(FILE, line, "amount", row.get(6), "positive");
            }
            long debit = Fields.positive(FILE, line, "debit_line", row.get(8));
            long credit = Fields.positive(FILE, line, "credit_line", row.get(10));
            if (debit > Integer.MAX_VALUE || credit > Integer.MAX_VALUE) {
                throw new BundleFormatException(FILE, line, "a line number is too large");
            }
            if (at < sequence || (at == sequence && debit < debitLine)) {
                throw new BundleFormatException(FILE, line, "the rows are not ordered by sequence and debit_line");
            }
            sequence = at;
            debitLine = debit;
            return new BundleMoneyRecord(kind, recordId, at, row.get(3), Fields.date(FILE, line, "effective_date",
                    row.get(4)), amount, nonEmpty(row, 7, "debit_account"), (int) debit,
                    nonEmpty(row, 9, "credit_account"), (int) credit);
        }

        private static String nonEmpty(Csv.Row row, int index, String column) {
            if (row.get(index).isEmpty()) {
                throw new BundleFormatException(FILE, row.line(), column + " is empty");
            }
            return row.get(index);
        }

        @Override
        public void close() {
            csv.close();
        }
    }
}
