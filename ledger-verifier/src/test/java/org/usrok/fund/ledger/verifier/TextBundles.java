package org.usrok.fund.ledger.verifier;

import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.bundle.BundleAccount;
import org.usrok.fund.ledger.bundle.BundleBalance;
import org.usrok.fund.ledger.bundle.BundleCheckpoints;
import org.usrok.fund.ledger.bundle.LedgerBundle;
import org.usrok.fund.ledger.bundle.LedgerBundleWriter;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Version 4 bundles written by the application's own code (fund-ejb's ledger core and
 * {@code LedgerBundleWriter}, signed checkpoint at the head) whose text fields hold what the
 * canonical form must escape or encode: Hangul, {@code |}, {@code %}, CR and LF, commas and double
 * quotes. And the same bundle with its {@code journal.csv} edited, as someone with a text editor
 * would.
 */
final class TextBundles {

    private static final List<BundleAccount> CHART = List.of(
            new BundleAccount("1100-KRW", "Contributions receivable - 대한민국 정부", AccountKind.ASSET, CurrencyCode.KRW),
            new BundleAccount("1100-USD", "Contributions receivable - U.S. Government", AccountKind.ASSET,
                    CurrencyCode.USD),
            new BundleAccount("1200-KRW", "Fund cash (KRW)", AccountKind.ASSET, CurrencyCode.KRW),
            new BundleAccount("1200-USD", "Fund cash (USD)", AccountKind.ASSET, CurrencyCode.USD));

    private TextBundles() {
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    private static Money krw(String amount) {
        return Money.of(amount, CurrencyCode.KRW);
    }

    /**
     * Four entries: a USD receipt, a KRW receipt described in Korean over two lines (CR LF), its
     * reversal, and an entry in both currencies. With {@code unbalanced} the fourth entry's KRW
     * credit is one won short, and its hash is still computed over it, as a forger would.
     */
    static List<JournalEntryRecord> chain(boolean unbalanced) {
        List<JournalEntryRecord> entries = List.of(
                entry(1, "contribution-receipt-US-1", "round 1", "us.officer1", "U.S. contribution | wire 100%", null,
                        List.of(JournalLine.debit("1200-USD", usd("1000000.00")),
                                JournalLine.credit("1100-USD", usd("1000000.00")))),
                entry(2, "contribution-receipt-KR-1", "회차 1|2", "kr.officer1",
                        "한국 정부 출연금\r\n둘째 줄: 100% | 송금", null,
                        List.of(JournalLine.debit("1200-KRW", krw("1300000000")),
                                JournalLine.credit("1100-KRW", krw("1300000000")))),
                entry(3, "contribution-receipt-KR-1-reversal", "", "kr.officer1",
                        "correction, \"quoted\"\nsecond line\rthird %0A", 2L,
                        List.of(JournalLine.debit("1100-KRW", krw("1300000000")),
                                JournalLine.credit("1200-KRW", krw("1300000000")))),
                entry(4, "transfer-4", "참조%7C", "us.officer1", "", null,
                        List.of(JournalLine.debit("1200-USD", usd("0.01")),
                                JournalLine.debit("1200-KRW", krw("5")),
                                JournalLine.credit("1100-USD", usd("0.01")),
                                JournalLine.credit("1100-KRW", krw(unbalanced ? "4" : "5")))));
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (JournalEntryRecord entry : entries) {
            JournalEntryRecord chained = entry.chainedAfter(previous);
            chain.add(chained);
            previous = chained.hash();
        }
        return chain;
    }

    private static JournalEntryRecord entry(long sequence, String event, String reference, String actor,
                                            String description, Long reverses, List<JournalLine> lines) {
        return new JournalEntryRecord(sequence, event, LocalDate.of(2026, 12, 1),
                Instant.parse("2026-12-01T09:00:00.123456Z").plusSeconds(sequence), reference, actor, description,
                reverses, lines, null, null);
    }

    /** The chain as the server exports it, with the fund's checkpoint at its head. */
    static Path write(Path file, List<JournalEntryRecord> chain, KeyPair key) throws IOException {
        LedgerBundle bundle = new LedgerBundle(Instant.parse("2026-12-03T00:00:00Z"), "auditor", CHART, chain,
                BundleBalance.fromJournal(CHART, chain), List.of(), List.of(), new BundleCheckpoints(
                AnchoredBundles.pem(key), List.of(AnchoredBundles.checkpoint(key, chain.get(chain.size() - 1)))));
        return Files.write(file, LedgerBundleWriter.toBytes(bundle));
    }

    static String journal(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("journal.csv")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The bundle with {@code journal.csv} edited and its SHA-256 in the manifest made to match, so
     * that only the content can tell: what an editor with the ZIP and a text editor can do.
     */
    static Path withJournal(Path bundle, Path copy, UnaryOperator<String> edit) throws IOException {
        String journal = journal(bundle);
        String edited = edit.apply(journal);
        if (edited.equals(journal)) {
            throw new IllegalArgumentException("the edit changes nothing");
        }
        try (ZipFile in = new ZipFile(bundle.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy), StandardCharsets.UTF_8)) {
            for (var entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("journal.csv")) {
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals("manifest.txt")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(sha256(journal), sha256(edited))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
