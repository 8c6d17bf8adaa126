package org.usrok.fund.ledger.verifier;

import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle of the current format with any number of entries without holding them: each
 * entry (a U.S. contribution receipt, 1200-USD debited and 1100-USD credited) is chained by the
 * ledger core, written to {@code journal.csv} and {@code hashes.csv} in temporary files and
 * forgotten; the manifest, written first in the ZIP, lists the files' SHA-256. The rows are
 * spelled as the application writes them (docs/ledger.md, "The CSV files"); the verifier
 * accepting the bundle is the proof. With {@code tamperedSequence} above 0 that entry's amount is
 * raised by one cent after it was hashed (its debit and credit alike, and the balances follow), so
 * only its hash can tell.
 */
final class LargeBundles {

    private static final String JOURNAL_HEADER = "sequence,event_id,effective_date,recorded_at,reference,actor,"
            + "description,reverses,line_no,account,side,currency,amount,previous_hash,hash\n";
    private static final Instant START = Instant.parse("2026-01-05T09:00:00.000001Z");

    private LargeBundles() {
    }

    static Path write(Path dir, int entries, long tamperedSequence) throws IOException {
        Path journal = dir.resolve("journal.csv");
        Path hashes = dir.resolve("hashes.csv");
        Map<String, String> sha256 = new LinkedHashMap<>();
        String accounts = "code,name,kind,currency\n1100-USD,Contributions receivable - U.S. Government,ASSET,USD\n"
                + "1200-USD,Fund cash,ASSET,USD\n";
        sha256.put("accounts.csv", sha256(accounts.getBytes(StandardCharsets.UTF_8)));
        String previous = ChainHash.GENESIS;
        long total = 0;
        MessageDigest journalDigest = digest();
        MessageDigest hashesDigest = digest();
        try (Writer j = writer(Files.newOutputStream(journal), journalDigest);
             Writer h = writer(Files.newOutputStream(hashes), hashesDigest)) {
            j.write(JOURNAL_HEADER);
            h.write("sequence,previous_hash,hash\n");
            for (long sequence = 1; sequence <= entries; sequence++) {
                Money amount = Money.ofMinor(100_00 + sequence % 997, CurrencyCode.USD);
                Instant recorded = START.plusSeconds(sequence);
                JournalEntryRecord entry = new JournalEntryRecord(sequence, "round-1-receipt-US-" + sequence,
                        LocalDate.of(2026, 1, 5), recorded, "round:1", "us.officer1", "U.S. contribution, wire "
                        + sequence, null, List.of(JournalLine.debit("1200-USD", amount),
                        JournalLine.credit("1100-USD", amount)), null, null).chainedAfter(previous);
                String written = sequence == tamperedSequence
                        ? amount.plus(Money.ofMinor(1, CurrencyCode.USD)).amount().toPlainString()
                        : amount.amount().toPlainString();
                total += sequence == tamperedSequence ? amount.minorUnits() + 1 : amount.minorUnits();
                String fields = sequence + "," + entry.eventId() + "," + entry.effectiveDate() + ","
                        + CanonicalForm.instant(recorded) + "," + entry.reference() + "," + entry.actor() + ",\""
                        + entry.description() + "\",,";
                String hashesOf = entry.previousHash() + "," + entry.hash() + "\n";
                j.write(fields + "1,1200-USD,D,USD," + written + "," + hashesOf);
                j.write(fields + "2,1100-USD,C,USD," + written + "," + hashesOf);
                h.write(sequence + "," + hashesOf);
                previous = entry.hash();
            }
        }
        sha256.put("journal.csv", HexFormat.of().formatHex(journalDigest.digest()));
        sha256.put("hashes.csv", HexFormat.of().formatHex(hashesDigest.digest()));
        String amount = Money.ofMinor(total, CurrencyCode.USD).amount().toPlainString();
        String balances = "account,currency,debit_total,credit_total,balance\n1100-USD,USD,0.00," + amount + ",-"
                + amount + "\n1200-USD,USD," + amount + ",0.00," + amount + "\n";
        sha256.put("balances.csv", sha256(balances.getBytes(StandardCharsets.UTF_8)));
        String rates = "id,base,quote,rate,effective_on,source,source_reference,entered_by,entered_at\n";
        sha256.put("exchange-rates.csv", sha256(rates.getBytes(StandardCharsets.UTF_8)));

        StringBuilder manifest = new StringBuilder("format: fund-ledger-bundle-v3\ncanonical-form: fund-ledger-entry-v1\n"
                + "generated-at: 2026-12-01T10:00:00.000000Z\ngenerated-by: auditor1\nentries: " + entries
                + "\nfirst-sequence: " + (entries == 0 ? "-" : "1") + "\nlast-sequence: "
                + (entries == 0 ? "-" : Integer.toString(entries)) + "\nhead-hash: " + previous + "\n");
        sha256.forEach((name, hash) -> manifest.append("sha256 ").append(name).append(": ").append(hash).append('\n'));

        Path zip = dir.resolve("fund-ledger-" + entries + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            put(out, "manifest.txt", manifest.toString());
            put(out, "accounts.csv", accounts);
            put(out, "journal.csv", journal);
            put(out, "hashes.csv", hashes);
            put(out, "balances.csv", balances);
            put(out, "exchange-rates.csv", rates);
        }
        Files.delete(journal);
        Files.delete(hashes);
        return zip;
    }

    private static Writer writer(OutputStream out, MessageDigest digest) {
        return new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(out, digest), StandardCharsets.UTF_8),
                1 << 16);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void put(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Writes a bundle of {@code args[1]} entries into directory {@code args[0]}: for measuring by hand. */
    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1]), 0));
    }
}
