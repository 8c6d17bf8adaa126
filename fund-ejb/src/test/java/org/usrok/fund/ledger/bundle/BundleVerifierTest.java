package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.ledger.bundle.BundleFixtures.krw;
import static org.usrok.fund.ledger.bundle.BundleFixtures.usd;

/**
 * The offline verifier accepts an untouched bundle and catches each kind of tampering, naming
 * the first bad entry, the file or the account. Tampering is done on the ZIP's files, as an
 * attacker holding the bundle would; where noted, the attacker also fixes the manifest's SHA-256
 * so that only the deeper checks can catch the change.
 */
class BundleVerifierTest {

    private static final String JOURNAL = "journal.csv";
    private static final String BALANCES = "balances.csv";

    private static BundleEdit bundle() {
        return BundleEdit.of(BundleFixtures.bytes());
    }

    private static List<List<String>> withoutEntry(List<List<String>> rows, String sequence) {
        return new ArrayList<>(rows.stream().filter(r -> !r.get(0).equals(sequence)).toList());
    }

    private static List<List<String>> ofEntry(List<List<String>> rows, String sequence) {
        return rows.stream().filter(r -> r.get(0).equals(sequence)).toList();
    }

    @Test
    void anUntouchedBundleVerifies() throws IOException {
        var report = BundleVerifier.verify(new ByteArrayInputStream(BundleFixtures.bytes()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.toString()).isEqualTo("OK: 5 entries, head " + BundleFixtures.chain().get(4).hash());
    }

    @Test
    void aChangedAmountWithTheManifestFixedIsCaughtByTheChainAtThatEntry() {
        var report = bundle().replaceOnce(JOURNAL, ",D,KRW,1300000000,", ",D,KRW,1300000001,").rehash(JOURNAL).verify();

        assertThat(report.findings()).noneMatch(f -> f.problem().contains("SHA-256"));
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isEqualTo(2L);
            assertThat(f.problem()).isEqualTo("the hash chain breaks: hash does not match the entry's content");
        });
        assertThat(report.headHash()).isNull();
    }

    @Test
    void aCarefulForgerWhoKeepsTheEntryBalancedAndFixesBalancesAndManifestIsStillCaughtOnlyByTheChain() {
        List<JournalEntryRecord> chain = new ArrayList<>(BundleFixtures.chain());
        JournalEntryRecord original = chain.get(1);
        List<JournalLine> lines = List.of(JournalLine.debit("1200-KRW", krw("1300000001")),
                JournalLine.credit("1110-KRW", krw("1300000001")));
        chain.set(1, new JournalEntryRecord(original.sequence(), original.eventId(), original.effectiveDate(),
                original.recordedAt(), original.reference(), original.actor(), original.description(),
                original.reverses(), lines, original.previousHash(), original.hash()));

        var report = BundleEdit.of(LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain))).verify();

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isEqualTo(2L);
            assertThat(f.toString()).isEqualTo("journal.csv, entry 2: the hash chain breaks: hash does not match the "
                    + "entry's content");
        });
    }

    /**
     * Two entries changed by a careful forger (balanced, balances and manifest fixed) are two
     * findings, each at its own entry; the link from a changed entry to the next is not reported
     * again. A report can keep only the first findings and still count them all.
     */
    @Test
    void everyTamperedEntryIsReportedAndTheKeptFindingsCanBeCapped(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> chain = new ArrayList<>(BundleFixtures.chain());
        for (int i : new int[] {1, 3}) {
            JournalEntryRecord original = chain.get(i);
            List<JournalLine> lines = original.lines().stream().map(l -> l.side() == org.usrok.fund.ledger.Side.DEBIT
                    ? JournalLine.debit(l.account(), l.amount().plus(Money.ofMinor(1, l.amount().currency())))
                    : JournalLine.credit(l.account(), l.amount().plus(Money.ofMinor(1, l.amount().currency()))))
                    .toList();
            chain.set(i, new JournalEntryRecord(original.sequence(), original.eventId(), original.effectiveDate(),
                    original.recordedAt(), original.reference(), original.actor(), original.description(),
                    original.reverses(), lines, original.previousHash(), original.hash()));
        }
        Path bundle = Files.write(dir.resolve("b.zip"), LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain)));

        var all = BundleVerifier.verify(bundle);
        var first = BundleVerifier.verify(bundle, 1);

        assertThat(all.findings()).extracting(Object::toString).containsExactly(
                "journal.csv, entry 2: the hash chain breaks: hash does not match the entry's content",
                "journal.csv, entry 4: the hash chain breaks: hash does not match the entry's content");
        assertThat(all.headHash()).isNull();
        assertThat(first.findings()).containsExactly(all.findings().get(0));
        assertThat(first.problems()).isEqualTo(2);
        assertThat(first.notShown()).isEqualTo(1);
        assertThat(first.ok()).isFalse();
    }

    @Test
    void aChangedAmountWithoutFixingTheManifestIsCaughtByTheFileHash() {
        var report = bundle().replaceOnce(JOURNAL, ",D,KRW,1300000000,", ",D,KRW,1300000001,").verify();

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isNull();
            assertThat(f.problem()).startsWith("its SHA-256 is ").endsWith("but the manifest says "
                    + BundleEdit.of(BundleFixtures.bytes()).text("manifest.txt").lines()
                    .filter(l -> l.startsWith("sha256 journal.csv: ")).findFirst().orElseThrow().substring(20)
                    + ": the file is not the one exported");
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.sequence()).isEqualTo(2L));
    }

    @Test
    void aDeletedEntryIsFoundWhereTheGapIs() {
        BundleEdit edit = bundle();
        edit.rows(JOURNAL, withoutEntry(edit.rows(JOURNAL), "3")).rehash(JOURNAL);

        var report = edit.verify();

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isEqualTo(3L);
            assertThat(f.problem()).isEqualTo("the hash chain breaks: expected entry 3 but found entry 4");
        });
        assertThat(report.findings()).extracting(Object::toString)
                .contains("manifest.txt: entries is 5 but journal.csv has 4");
    }

    @Test
    void deletingTheLastEntryIsCaughtByTheManifestsCountAndHeadHash() {
        BundleEdit edit = bundle();
        edit.rows(JOURNAL, withoutEntry(edit.rows(JOURNAL), "5")).rehash(JOURNAL);
        List<List<String>> hashes = edit.rows("hashes.csv");
        edit.rows("hashes.csv", hashes.subList(0, 4)).rehash("hashes.csv");

        var report = edit.verify();

        String head4 = BundleFixtures.chain().get(3).hash();
        assertThat(report.findings()).extracting(Object::toString).contains(
                "manifest.txt: entries is 5 but journal.csv has 4",
                "manifest.txt: last-sequence is 5 but journal.csv ends at 4",
                "manifest.txt: head-hash is " + BundleFixtures.chain().get(4).hash()
                        + " but the journal's chain recomputes to " + head4);
    }

    @Test
    void aForgedEntryWithASelfConsistentHashBreaksTheChainAtTheEntryAfterIt() {
        List<JournalEntryRecord> chain = BundleFixtures.chain();
        JournalEntryRecord forged = new JournalEntryRecord(3, "forged-payout", chain.get(2).effectiveDate(),
                chain.get(2).recordedAt(), "", "mallory", "", null,
                List.of(JournalLine.debit("5100-USD", usd("999.00")), JournalLine.credit("1200-USD", usd("999.00"))),
                null, null).chainedAfter(chain.get(1).hash());
        BundleEdit edit = bundle();
        List<List<String>> rows = edit.rows(JOURNAL);
        List<List<String>> forgedRows = BundleEdit.of(LedgerBundleWriter.toBytes(BundleFixtures.bundle(List.of(forged))))
                .rows(JOURNAL);
        int at = rows.indexOf(ofEntry(rows, "3").get(0));
        rows.addAll(at, forgedRows);
        edit.rows(JOURNAL, rows).rehash(JOURNAL);

        var report = edit.verify();

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isEqualTo(4L);
            assertThat(f.problem()).isEqualTo("the hash chain breaks: expected entry 4 but found entry 3");
        });
        assertThat(report.findings()).extracting(Object::toString).contains(
                "manifest.txt: entries is 5 but journal.csv has 6");
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.account()).isEqualTo("5100-USD"));
    }

    @Test
    void aForgedEntryChainedToTheWrongPredecessorIsCaughtAtItself() {
        List<JournalEntryRecord> chain = new ArrayList<>(BundleFixtures.chain());
        JournalEntryRecord forged = new JournalEntryRecord(3, "forged-payout", chain.get(2).effectiveDate(),
                chain.get(2).recordedAt(), "", "mallory", "", null,
                List.of(JournalLine.debit("5100-USD", usd("999.00")), JournalLine.credit("1200-USD", usd("999.00"))),
                null, null).chainedAfter(chain.get(0).hash());
        chain.set(2, forged);

        var report = BundleEdit.of(LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain))).verify();

        assertThat(report.findings()).extracting(Object::toString).containsExactly(
                "journal.csv, entry 3: the hash chain breaks: previous hash does not match the hash of entry 2");
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirstOfThem() {
        BundleEdit edit = bundle();
        List<List<String>> rows = edit.rows(JOURNAL);
        List<List<String>> swapped = new ArrayList<>(ofEntry(rows, "1"));
        swapped.addAll(ofEntry(rows, "3"));
        swapped.addAll(ofEntry(rows, "2"));
        swapped.addAll(ofEntry(rows, "4"));
        swapped.addAll(ofEntry(rows, "5"));
        edit.rows(JOURNAL, swapped).rehash(JOURNAL);

        var report = edit.verify();

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo(JOURNAL);
            assertThat(f.sequence()).isEqualTo(2L);
            assertThat(f.problem()).isEqualTo("the hash chain breaks: expected entry 2 but found entry 3");
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.file()).isEqualTo("hashes.csv"));
    }

    @Test
    void aChangedHeadHashInTheManifestIsNamed() {
        String head = BundleFixtures.chain().get(4).hash();
        String forged = "f".repeat(64);

        var report = bundle().replaceOnce("manifest.txt", "head-hash: " + head, "head-hash: " + forged).verify();

        assertThat(report.findings()).extracting(Object::toString).containsExactly(
                "manifest.txt: head-hash is " + forged + " but the journal's chain recomputes to " + head);
    }

    @Test
    void aChangedBalanceIsNamedByAccount() {
        var rehashed = bundle().replaceOnce(BALANCES, "1200-USD,USD,1000000.00,0.00,1000000.00",
                "1200-USD,USD,1000000.00,0.00,1000100.00").rehash(BALANCES).verify();

        assertThat(rehashed.findings()).extracting(Object::toString).containsExactly(
                "balances.csv, account 1200-USD: balance is 1000100.00 but the journal's lines give 1000000.00");

        var notRehashed = bundle().replaceOnce(BALANCES, "1200-KRW,KRW,1300000000,0,1300000000",
                "1200-KRW,KRW,1300000000,1,1299999999").verify();
        assertThat(notRehashed.findings()).extracting(Object::toString).hasSize(2)
                .anyMatch(f -> f.startsWith("balances.csv: its SHA-256 is "))
                .contains("balances.csv, account 1200-KRW: credit_total is 1 but the journal's lines give 0; "
                        + "balance is 1299999999 but the journal's lines give 1300000000");
    }

    @Test
    void anUnbalancedEntryIsNamedEvenWhenItsHashIsRight() {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.set(3, BundleFixtures.entry("short-payment", "", "", null,
                List.of(JournalLine.debit("5100-USD", usd("100.00")), JournalLine.credit("1200-USD", usd("99.99")))));

        var report = BundleEdit.of(LedgerBundleWriter.toBytes(BundleFixtures.bundle(BundleFixtures.chain(entries))))
                .verify();

        assertThat(report.findings()).extracting(Object::toString).contains(
                "journal.csv, entry 4: does not balance: USD debits and credits differ by 1 minor units");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.sequence()).isEqualTo(4L));
    }

    @Test
    void linesMustPostToChartAccountsInTheirCurrency() {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.add(BundleFixtures.entry("odd", "", "", null, List.of(
                JournalLine.debit("9999-USD", usd("5.00")), JournalLine.credit("1200-USD", usd("5.00")),
                JournalLine.debit("1200-USD", Money.of("7", org.usrok.fund.shared.CurrencyCode.KRW)),
                JournalLine.credit("1200-KRW", krw("7")))));
        List<JournalEntryRecord> chain = BundleFixtures.chain(entries);
        List<BundleAccount> chart = BundleFixtures.chart();

        var report = BundleEdit.of(LedgerBundleWriter.toBytes(new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor",
                chart, chain, BundleBalance.fromJournal(chart, chain)))).verify();

        assertThat(report.findings()).extracting(Object::toString).contains(
                "journal.csv, entry 6, account 9999-USD: is not in accounts.csv",
                "journal.csv, entry 6, account 1200-USD: is a USD account but a line posts KRW to it",
                "balances.csv, entry 6, account 9999-USD: has USD lines in journal.csv (debits 5.00, credits 0.00) "
                        + "but no row",
                "balances.csv, entry 6, account 1200-USD: has KRW lines in journal.csv (debits 7, credits 0) but no row");
    }

    @Test
    void missingUnexpectedAndMalformedFilesAreNamed() {
        var report = bundle().remove("hashes.csv").add("notes.txt", "trust me\n")
                .text("accounts.csv", t -> t.replace("1200-USD,Fund cash (USD),ASSET,USD", "1200-USD,Fund cash,ASSET,US"))
                .rehash("accounts.csv").verify();

        assertThat(report.findings()).extracting(Object::toString).contains(
                "notes.txt: is not a file of fund-ledger-bundle-v4",
                "hashes.csv: is missing from the bundle",
                "accounts.csv: line 4: currency is 'US' but must be USD or KRW");
    }

    /**
     * A version 2 bundle as the version 2 exporter wrote it (kept from before version 3 existed):
     * its certificate cites {@code exchange-rate:17}, which the bundle cannot show, and no exchange
     * rates are read; its chain, files and balances verify as before, but its allocation
     * certificate was written under the withdrawn v1 rules, so the certificate verifier reports it
     * as such rather than vouching for it.
     */
    @Test
    void aVersionTwoBundleHasNoRatesAndItsV1CertificateIsReportedAsWithdrawn() throws IOException {
        byte[] v2 = resource("v2-pooled-allocation.zip");

        var report = BundleVerifier.verify(new ByteArrayInputStream(v2));

        assertThat(BundleEdit.of(v2).text("manifest.txt")).startsWith("format: fund-ledger-bundle-v2\n")
                .doesNotContain("exchange-rates.csv");
        assertThat(BundleEdit.of(v2).text("allocations/round-5-certificate.txt"))
                .contains("\nrate=USD/KRW|1385.2|exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20\n");
        assertThat(report.headHash()).isEqualTo("71c4c89c3cdd2f984158328c28ccaef0c765dac5ef7d65949a1832fafa1ac7eb");
        assertThat(report.findings()).extracting(Object::toString).containsExactly(V1_CERTIFICATE);
        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(v2)).exchangeRates()).isEmpty();
    }

    @Test
    void bundlesOfVersionOneTwoAndThreeWithoutCertificatesVerifyAsBefore() {
        var v3 = BundleEdit.of(BundleFixtures.bytes()).remove("money-records.csv").text("manifest.txt", m -> m
                .replace("fund-ledger-bundle-v4", "fund-ledger-bundle-v3")
                .replaceAll("(?m)^sha256 money-records\\.csv: .*\n", "")).verify();
        assertThat(v3.toString()).isEqualTo("OK: 5 entries, head " + BundleFixtures.chain().get(4).hash());
        for (String older : List.of("fund-ledger-bundle-v2", "fund-ledger-bundle-v1")) {
            var report = BundleEdit.of(BundleFixtures.bytes()).remove("exchange-rates.csv").remove("money-records.csv")
                    .text("manifest.txt", m -> m.replace("fund-ledger-bundle-v4", older)
                            .replaceAll("(?m)^sha256 (exchange-rates|money-records)\\.csv: .*\n", ""))
                    .verify();

            assertThat(report.toString()).as(older).isEqualTo("OK: 5 entries, head "
                    + BundleFixtures.chain().get(4).hash());
        }
    }

    @Test
    void anExchangeRatesCsvIsNoFileOfAVersionTwoBundle() throws IOException {
        var report = BundleEdit.of(resource("v2-pooled-allocation.zip"))
                .add("exchange-rates.csv", BundleEdit.of(BundleFixtures.bytes()).text("exchange-rates.csv")).verify();

        assertThat(report.findings()).extracting(Object::toString)
                .containsExactly("exchange-rates.csv: is not a file of fund-ledger-bundle-v2", V1_CERTIFICATE);
    }

    private static final String V1_CERTIFICATE = "allocations/round-5-certificate.txt: the shares do not follow from the "
            + "certificate's inputs: line 1: this certificate was written under the withdrawn v1 rules (before December "
            + "2026), which could pay more than a POOLED pool held and drop claims a floor should pay; it is refused: "
            + "simulate the allocation again";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundleVerifierTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
