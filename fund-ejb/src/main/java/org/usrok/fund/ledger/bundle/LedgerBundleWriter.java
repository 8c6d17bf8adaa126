package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as one ZIP in the current format: {@code manifest.txt} first, then
 * {@code accounts.csv}, {@code journal.csv}, {@code hashes.csv}, {@code balances.csv},
 * {@code exchange-rates.csv}, (version 4) {@code money-records.csv}, {@code checkpoints.csv} and
 * {@code checkpoint-key.pem}, and the allocation certificates by round. The same content always gives
 * the same bytes (on the same JDK): every ZIP entry carries the bundle's generated-at time in UTC,
 * never the clock or the machine's time zone, so two exports of the same ledger can be compared
 * byte for byte. Entries are written in the order given; the writer does not check the chain,
 * so a broken chain is exported as stored and the verifier reports it.
 */
public final class LedgerBundleWriter {

    private LedgerBundleWriter() {
    }

    /** Writes the ZIP to {@code out} (which stays open) and returns the manifest written. */
    public static BundleManifest write(LedgerBundle bundle, OutputStream out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BundleFiles.ACCOUNTS, accounts(bundle.accounts()));
        files.put(BundleFiles.JOURNAL, journal(bundle.entries()));
        files.put(BundleFiles.HASHES, hashes(bundle.entries()));
        files.put(BundleFiles.BALANCES, balances(bundle.balances()));
        files.put(BundleFiles.EXCHANGE_RATES, exchangeRates(bundle.exchangeRates()));
        if (bundle.checkpoints() != null) {
            files.put(BundleFiles.MONEY_RECORDS, moneyRecords(bundle.moneyRecords()));
            files.put(BundleFiles.CHECKPOINTS, checkpoints(bundle.checkpoints().checkpoints()));
            files.put(BundleFiles.CHECKPOINT_KEY, bundle.checkpoints().publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        }
        for (BundleCertificate certificate : bundle.certificates()) {
            files.put(BundleFiles.certificate(certificate.roundId()), certificate.text().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> sha256 = new LinkedHashMap<>();
        files.forEach((name, bytes) -> sha256.put(name, sha256(bytes)));
        BundleManifest manifest = BundleManifest.of(bundle, sha256);

        LocalDateTime time = LocalDateTime.ofInstant(bundle.generatedAt(), ZoneOffset.UTC);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, BundleFiles.MANIFEST, manifest.bytes(), time);
        for (var file : files.entrySet()) {
            put(zip, file.getKey(), file.getValue(), time);
        }
        zip.finish();
        zip.flush();
        return manifest;
    }

    /** The bundle's bytes. */
    public static byte[] toBytes(LedgerBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A byte array stream does not fail", e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static byte[] accounts(List<BundleAccount> accounts) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.ACCOUNTS_HEADER);
        for (BundleAccount a : accounts) {
            csv.row(List.of(a.code(), a.name(), a.kind().name(), a.currency().name()));
        }
        return csv.bytes();
    }

    static byte[] journal(List<JournalEntryRecord> entries) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.JOURNAL_HEADER);
        for (JournalEntryRecord e : entries) {
            if (e.previousHash() == null || e.hash() == null) {
                throw new IllegalArgumentException("Entry " + e.sequence() + " has not joined the chain");
            }
            int number = 1;
            for (JournalLine line : e.lines()) {
                csv.row(List.of(Long.toString(e.sequence()), e.eventId(), e.effectiveDate().toString(),
                        CanonicalForm.instant(e.recordedAt()), e.reference(), e.actor(), e.description(),
                        e.reverses() == null ? "" : e.reverses().toString(), Integer.toString(number++), line.account(),
                        line.side().code(), line.amount().currency().name(), line.amount().amount().toPlainString(),
                        e.previousHash(), e.hash()));
            }
        }
        return csv.bytes();
    }

    static byte[] hashes(List<JournalEntryRecord> entries) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.HASHES_HEADER);
        for (JournalEntryRecord e : entries) {
            csv.row(List.of(Long.toString(e.sequence()), e.previousHash(), e.hash()));
        }
        return csv.bytes();
    }

    static byte[] balances(List<BundleBalance> balances) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.BALANCES_HEADER);
        for (BundleBalance b : balances) {
            csv.row(List.of(b.account(), b.currency().name(), b.debitTotal().amount().toPlainString(),
                    b.creditTotal().amount().toPlainString(), b.balance().amount().toPlainString()));
        }
        return csv.bytes();
    }

    static byte[] exchangeRates(List<BundleExchangeRate> rates) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.EXCHANGE_RATES_HEADER);
        for (BundleExchangeRate r : rates) {
            csv.row(List.of(Long.toString(r.id()), r.base().name(), r.quote().name(), r.rate().toPlainString(),
                    r.effectiveOn().toString(), r.source().name(),
                    r.sourceReference() == null ? "" : r.sourceReference(), r.enteredBy(),
                    CanonicalForm.instant(r.enteredAt())));
        }
        return csv.bytes();
    }

    static byte[] checkpoints(List<BundleCheckpoint> checkpoints) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.CHECKPOINTS_HEADER);
        for (BundleCheckpoint c : checkpoints) {
            BundleCheckpoint.BundleCountersignature us = c.countersignature("US");
            BundleCheckpoint.BundleCountersignature kr = c.countersignature("KR");
            csv.row(List.of(Long.toString(c.id()), Long.toString(c.sequence()), c.headHash(),
                    BundleCheckpoint.time(c.recordedAt()), c.reason(), c.recordedBy(), c.keyId(), c.signature(),
                    us == null ? "" : us.officer(), us == null ? "" : BundleCheckpoint.time(us.countersignedAt()),
                    kr == null ? "" : kr.officer(), kr == null ? "" : BundleCheckpoint.time(kr.countersignedAt())));
        }
        return csv.bytes();
    }

    static byte[] moneyRecords(List<BundleMoneyRecord> records) {
        Csv.Writer csv = new Csv.Writer(BundleFiles.MONEY_RECORDS_HEADER);
        for (BundleMoneyRecord r : records) {
            csv.row(List.of(r.kind(), Long.toString(r.recordId()), Long.toString(r.sequence()), r.eventId(),
                    r.effectiveDate().toString(), r.amount().currency().name(), r.amount().amount().toPlainString(),
                    r.debitAccount(), Integer.toString(r.debitLine()), r.creditAccount(),
                    Integer.toString(r.creditLine())));
        }
        return csv.bytes();
    }

    /** SHA-256 of a file's bytes, as 64 lower-case hex digits (what {@code sha256sum} prints). */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
