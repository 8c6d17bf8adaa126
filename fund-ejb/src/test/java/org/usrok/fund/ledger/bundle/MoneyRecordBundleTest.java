package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.ledger.bundle.BundleFixtures.krw;
import static org.usrok.fund.ledger.bundle.BundleFixtures.usd;

/**
 * The offline reconciliation of a version 4 bundle: each row of {@code money-records.csv} (what a
 * receipt, payment, return or recovery says) against the entry of {@code journal.csv} it names,
 * and every entry of a money event against the rows. The fixture is a receipt of USD 20,000,000.00,
 * a batch releasing two payments, the return of the second, and a recovery receivable in KRW.
 */
class MoneyRecordBundleTest {

    private static final String RECORDS = "money-records.csv";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private static List<BundleAccount> chart() {
        List<BundleAccount> chart = new ArrayList<>(BundleFixtures.chart());
        chart.add(new BundleAccount("2200-USD", "Payable to companies (USD)", AccountKind.LIABILITY, CurrencyCode.USD));
        chart.add(new BundleAccount("1300-KRW", "Recoveries receivable (KRW)", AccountKind.ASSET, CurrencyCode.KRW));
        return chart;
    }

    /** The entries as posted; {@code receiptAmount} is what the receipt's entry books. */
    private static List<JournalEntryRecord> entries(String receiptAmount) {
        return List.of(
                BundleFixtures.entry("round-3-receipt-US-1", "round:3", "Contribution received, bank reference W-1",
                        null, List.of(JournalLine.debit("1200-USD", usd(receiptAmount)),
                                JournalLine.credit("1100-USD", usd(receiptAmount)))),
                BundleFixtures.entry("disbursement-batch-7-release", "round:3 disbursement-batch:7", "Batch 7", null,
                        List.of(JournalLine.debit("2100-USD", usd("100.00")), JournalLine.credit("2200-USD", usd("100.00")),
                                JournalLine.debit("2100-USD", usd("250.00")), JournalLine.credit("2200-USD", usd("250.00")),
                                JournalLine.debit("2200-USD", usd("100.00")), JournalLine.credit("1200-USD", usd("100.00")),
                                JournalLine.debit("2200-USD", usd("250.00")), JournalLine.credit("1200-USD", usd("250.00")))),
                BundleFixtures.entry("payment-52-return", "round:3 disbursement-batch:7 payment:52", "Returned", null,
                        List.of(JournalLine.debit("1200-USD", usd("250.00")), JournalLine.credit("2200-USD", usd("250.00")),
                                JournalLine.debit("2200-USD", usd("250.00")), JournalLine.credit("2100-USD", usd("250.00")))),
                BundleFixtures.entry("recovery-9-receivable", "company:4 round:3", "Recovery 9", null,
                        List.of(JournalLine.debit("1300-KRW", krw("5000")), JournalLine.credit("5100-KRW", krw("5000")))));
    }

    /** The rows the application writes for those records (the receipt says USD 20,000,000.00). */
    private static List<BundleMoneyRecord> records() {
        return List.of(
                row("CONTRIBUTION_RECEIPT", 41, 1, "round-3-receipt-US-1", usd("20000000.00"), "1200-USD", 1, "1100-USD", 2),
                row("PAYMENT", 51, 2, "disbursement-batch-7-release", usd("100.00"), "2100-USD", 1, "2200-USD", 2),
                row("PAYMENT", 52, 2, "disbursement-batch-7-release", usd("250.00"), "2100-USD", 3, "2200-USD", 4),
                row("PAYMENT", 51, 2, "disbursement-batch-7-release", usd("100.00"), "2200-USD", 5, "1200-USD", 6),
                row("PAYMENT", 52, 2, "disbursement-batch-7-release", usd("250.00"), "2200-USD", 7, "1200-USD", 8),
                row("PAYMENT_RETURN", 52, 3, "payment-52-return", usd("250.00"), "1200-USD", 1, "2200-USD", 2),
                row("PAYMENT_RETURN", 52, 3, "payment-52-return", usd("250.00"), "2200-USD", 3, "2100-USD", 4),
                row("RECOVERY_RECEIVABLE", 9, 4, "recovery-9-receivable", krw("5000"), "1300-KRW", 1, "5100-KRW", 2));
    }

    private static BundleMoneyRecord row(String kind, long id, long sequence, String event, Money amount,
                                         String debit, int debitLine, String credit, int creditLine) {
        return new BundleMoneyRecord(kind, id, sequence, event, DAY, amount, debit, debitLine, credit, creditLine);
    }

    private static final KeyPair KEY = SignedBundles.newKey();

    /** A version 4 bundle of the entries and records as the server writes it: its head signed by the fund. */
    private static byte[] bundle(List<JournalEntryRecord> entries, List<BundleMoneyRecord> records) {
        List<JournalEntryRecord> chain = BundleFixtures.chain(entries);
        JournalEntryRecord head = chain.get(chain.size() - 1);
        BundleCheckpoints checkpoints = new BundleCheckpoints(SignedBundles.pem(KEY), List.of(
                SignedBundles.checkpoint(KEY, 1, head.sequence(), head.hash(), "EXPORT", List.of())));
        return LedgerBundleWriter.toBytes(new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor", chart(), chain,
                BundleBalance.fromJournal(chart(), chain), List.of(), List.of(), records, checkpoints));
    }

    private static List<String> findings(BundleVerifier.Report report) {
        return report.findings().stream().map(Object::toString).toList();
    }

    @Test
    void recordsThatMatchTheirEntriesVerifyAndReadBack() throws IOException {
        byte[] zip = bundle(entries("20000000.00"), records());

        assertThat(BundleVerifier.verify(new ByteArrayInputStream(zip)).toString()).startsWith("OK: 4 entries");
        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).moneyRecords()).isEqualTo(records());
        assertThat(BundleEdit.of(zip).text(RECORDS)).startsWith("kind,record_id,sequence,event_id,effective_date,"
                + "currency,amount,debit_account,debit_line,credit_account,credit_line\n"
                + "CONTRIBUTION_RECEIPT,41,1,round-3-receipt-US-1,2026-11-28,USD,20000000.00,1200-USD,1,1100-USD,2\n");
    }

    /** The defect of issue 14: the entry was changed to USD 21,000,000.00 and the chain recomputed; the receipt still says 20,000,000.00. */
    @Test
    void anEntryChangedWithTheChainRecomputedDisagreesWithItsRecord() {
        var report = BundleEdit.of(bundle(entries("21000000.00"), records())).verify();

        assertThat(findings(report)).containsExactly(
                "money-records.csv, entry 1: CONTRIBUTION_RECEIPT 41: line 1 should debit 1200-USD USD 20000000.00 "
                        + "but the entry's debits 1200-USD USD 21000000.00",
                "money-records.csv, entry 1: CONTRIBUTION_RECEIPT 41: line 2 should credit 1100-USD USD 20000000.00 "
                        + "but the entry's credits 1100-USD USD 21000000.00");
    }

    @Test
    void aRecordRowEditedWithTheManifestFixedDisagreesWithItsEntry() {
        BundleEdit bundle = BundleEdit.of(bundle(entries("20000000.00"), records()));
        List<List<String>> rows = bundle.rows(RECORDS);
        rows.get(2).set(6, "260.00");
        rows.get(7).set(4, "2026-11-27");

        var report = bundle.rows(RECORDS, rows).rehash(RECORDS).verify();

        assertThat(findings(report)).containsExactly(
                "money-records.csv, entry 2: PAYMENT 52: line 3 should debit 2100-USD USD 260.00 but the entry's "
                        + "debits 2100-USD USD 250.00",
                "money-records.csv, entry 2: PAYMENT 52: line 4 should credit 2200-USD USD 260.00 but the entry's "
                        + "credits 2200-USD USD 250.00",
                "money-records.csv, entry 4: RECOVERY_RECEIVABLE 9: its date is 2026-11-27 but the entry is effective "
                        + "2026-11-28");
    }

    @Test
    void anEntryWithoutItsRecordIsAnOrphan() {
        BundleEdit bundle = BundleEdit.of(bundle(entries("20000000.00"), records()));
        List<List<String>> rows = bundle.rows(RECORDS);
        rows.remove(7);

        var report = bundle.rows(RECORDS, rows).rehash(RECORDS).verify();

        assertThat(findings(report)).containsExactly("money-records.csv, entry 4: no record names this entry of "
                + "recovery-9-receivable: the record behind it is missing");
    }

    @Test
    void aRecordWhoseEntryIsMissingOrHasMoreLinesIsNamed() {
        List<JournalEntryRecord> entries = new ArrayList<>(entries("20000000.00"));
        JournalEntryRecord returned = entries.get(2);
        List<JournalLine> lines = new ArrayList<>(returned.lines());
        lines.add(JournalLine.debit("2100-USD", usd("1.00")));
        lines.add(JournalLine.credit("1200-USD", usd("1.00")));
        entries.set(2, BundleFixtures.entry(returned.eventId(), returned.reference(), returned.description(), null,
                lines));
        List<BundleMoneyRecord> records = new ArrayList<>(records());
        records.add(row("RECOVERY_RECEIPT", 12, 5, "recovery-9-receipt-1", krw("5000"), "1200-KRW", 1, "1300-KRW", 2));

        var report = BundleEdit.of(bundle(entries, records)).verify();

        assertThat(findings(report)).containsExactly(
                "money-records.csv, entry 3: PAYMENT_RETURN 52: the records name 4 lines of the entry but it has 6",
                "money-records.csv, entry 5: RECOVERY_RECEIPT 12 names entry 5, which journal.csv does not have");
    }

    @Test
    void rowsOutOfOrderAreAFormatProblem() {
        BundleEdit bundle = BundleEdit.of(bundle(entries("20000000.00"), records()));
        List<List<String>> rows = bundle.rows(RECORDS);
        rows.add(rows.remove(0));

        var report = bundle.rows(RECORDS, rows).rehash(RECORDS).verify();

        assertThat(findings(report)).containsExactly(
                "money-records.csv: line 9: the rows are not ordered by sequence and debit_line");
    }
}
