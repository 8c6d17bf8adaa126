package org.usrok.fund.ledger.bundle;

import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a bundle back, strictly: a missing file, a malformed CSV record, a bad number, date,
 * hash or amount, or an entry whose rows disagree is refused with a {@link BundleFormatException}
 * naming the file and line. Nothing is repaired or guessed, because the verifier must check
 * exactly the bytes the auditor received. Whether the content is <em>right</em> (hashes, chain,
 * balances) is the verifier's business, not the reader's.
 */
public final class LedgerBundleReader {

    private LedgerBundleReader() {
    }

    /**
     * Reads and parses a whole bundle; every file of its format must be present and well-formed.
     * A bundle of version 1 or 2 reads with no exchange rates, one of version 1 to 3 without checkpoints.
     */
    public static LedgerBundle read(InputStream in) throws IOException {
        Map<String, byte[]> files = files(in);
        BundleManifest manifest = manifest(require(files, BundleFiles.MANIFEST));
        List<BundleAccount> accounts = accounts(require(files, BundleFiles.ACCOUNTS));
        List<JournalEntryRecord> entries = journal(require(files, BundleFiles.JOURNAL));
        hashes(require(files, BundleFiles.HASHES));
        List<BundleBalance> balances = balances(require(files, BundleFiles.BALANCES));
        List<BundleExchangeRate> rates = BundleFiles.hasExchangeRates(manifest.format())
                ? exchangeRates(require(files, BundleFiles.EXCHANGE_RATES)) : List.of();
        BundleCheckpoints checkpoints = BundleFiles.hasCheckpoints(manifest.format())
                ? new BundleCheckpoints(checkpointKey(require(files, BundleFiles.CHECKPOINT_KEY)),
                checkpoints(require(files, BundleFiles.CHECKPOINTS))) : null;
        List<BundleCertificate> certificates = new ArrayList<>();
        for (var file : files.entrySet()) {
            Long round = BundleFiles.certificateRound(file.getKey());
            if (round != null) {
                certificates.add(new BundleCertificate(round, Csv.utf8(file.getKey(), file.getValue())));
            }
        }
        List<BundleMoneyRecord> moneyRecords = BundleFiles.hasMoneyRecords(manifest.format())
                ? MoneyRecordCheck.read(require(files, BundleFiles.MONEY_RECORDS)) : List.of();
        return new LedgerBundle(manifest.generatedAt(), manifest.generatedBy(), accounts, entries, balances,
                certificates, rates, moneyRecords, checkpoints);
    }

    private static byte[] require(Map<String, byte[]> files, String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new BundleFormatException(name, 0, "is missing from the bundle");
        }
        return bytes;
    }

    /**
     * The files of the ZIP by name, in ZIP order. A name that appears twice is refused (two
     * copies of a file could show an auditor's unzip tool one and the verifier the other); a
     * stream with no ZIP entry at all is not a bundle.
     */
    public static Map<String, byte[]> files(InputStream in) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (files.put(entry.getName(), zip.readAllBytes()) != null) {
                throw new BundleFormatException(entry.getName(), 0, "appears twice in the ZIP");
            }
        }
        if (files.isEmpty()) {
            throw new ZipException("not a ZIP file, or an empty one");
        }
        return files;
    }

    public static BundleManifest manifest(byte[] bytes) {
        return BundleManifest.parse(bytes);
    }

    public static List<BundleAccount> accounts(byte[] bytes) {
        String file = BundleFiles.ACCOUNTS;
        List<BundleAccount> accounts = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Csv.Row row : Csv.read(file, bytes, BundleFiles.ACCOUNTS_HEADER)) {
            String code = nonEmpty(file, row, 0, "code");
            if (!codes.add(code)) {
                throw new BundleFormatException(file, row.line(), "account " + code + " is listed twice");
            }
            accounts.add(new BundleAccount(code, row.get(1), kind(file, row.line(), row.get(2)),
                    Fields.currency(file, row.line(), "currency", row.get(3))));
        }
        return accounts;
    }

    private static AccountKind kind(String file, int line, String text) {
        for (AccountKind kind : AccountKind.values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw Fields.bad(file, line, "kind", text, "one of ASSET, LIABILITY, NET_ASSETS, REVENUE, EXPENSE");
    }

    /**
     * The entries of {@code journal.csv}, one per run of rows: a row with {@code line_no} 1 starts
     * an entry, and each further row of it has the next line number and repeats the entry's
     * fields exactly. Entries are returned in file order, as the chain verifier must see them.
     */
    public static List<JournalEntryRecord> journal(byte[] bytes) {
        Csv.utf8(BundleFiles.JOURNAL, bytes);
        List<JournalEntryRecord> entries = new ArrayList<>();
        try (JournalStream journal = new JournalStream(new ByteArrayInputStream(bytes))) {
            for (JournalEntryRecord entry = journal.next(); entry != null; entry = journal.next()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * {@code journal.csv} read entry by entry from a stream, by the rules of {@link #journal}: only
     * the entry being read and the first row of the next are held, so a journal of any length is
     * checked in constant memory. A format error is a {@link BundleFormatException}; a failing
     * stream an {@link java.io.UncheckedIOException}.
     */
    public static final class JournalStream implements Closeable {

        private final Csv.Reader csv;
        private Csv.Row pending;

        public JournalStream(InputStream in) {
            csv = new Csv.Reader(BundleFiles.JOURNAL, in, BundleFiles.JOURNAL_HEADER);
        }

        /** The next entry, or null after the last one. */
        public JournalEntryRecord next() {
            String file = BundleFiles.JOURNAL;
            Csv.Row row = pending != null ? pending : csv.next();
            pending = null;
            if (row == null) {
                return null;
            }
            long first = Fields.positive(file, row.line(), "line_no", row.get(8));
            if (first != 1) {
                throw new BundleFormatException(file, row.line(), "line_no is " + first
                        + " but must be 1 (each entry's lines are numbered from 1)");
            }
            List<String> head = entryFields(row);
            int headLine = row.line();
            List<JournalLine> lines = new ArrayList<>();
            lines.add(line(file, row));
            for (row = csv.next(); row != null; row = csv.next()) {
                long lineNo = Fields.positive(file, row.line(), "line_no", row.get(8));
                if (lineNo == 1) {
                    pending = row;
                    break;
                }
                if (lineNo != lines.size() + 1) {
                    throw new BundleFormatException(file, row.line(), "line_no is " + lineNo + " but must be "
                            + (lines.size() + 1) + " (each entry's lines are numbered from 1)");
                }
                if (!head.equals(entryFields(row))) {
                    throw new BundleFormatException(file, row.line(), "line " + lineNo + " of entry " + head.get(0)
                            + " does not repeat the entry's fields of line " + headLine + " exactly");
                }
                lines.add(line(file, row));
            }
            return entry(head, headLine, lines);
        }

        @Override
        public void close() {
            csv.close();
        }
    }

    private static List<String> entryFields(Csv.Row row) {
        List<String> fields = new ArrayList<>(row.fields().subList(0, 8));
        fields.addAll(row.fields().subList(13, 15));
        return fields;
    }

    private static JournalLine line(String file, Csv.Row row) {
        String account = nonEmpty(file, row, 9, "account");
        if (account.isBlank()) {
            throw new BundleFormatException(file, row.line(), "account is blank");
        }
        Side side = switch (row.get(10)) {
            case "D" -> Side.DEBIT;
            case "C" -> Side.CREDIT;
            default -> throw Fields.bad(file, row.line(), "side", row.get(10), "D or C");
        };
        CurrencyCode currency = Fields.currency(file, row.line(), "currency", row.get(11));
        Money amount = Fields.amount(file, row.line(), "amount", row.get(12), currency, false);
        if (amount.isZero()) {
            throw Fields.bad(file, row.line(), "amount", row.get(12), "positive");
        }
        return new JournalLine(account, side, amount);
    }

    private static JournalEntryRecord entry(List<String> f, int line, List<JournalLine> lines) {
        String file = BundleFiles.JOURNAL;
        long sequence = Fields.positive(file, line, "sequence", f.get(0));
        if (f.get(1).isEmpty()) {
            throw new BundleFormatException(file, line, "event_id is empty");
        }
        LocalDate effective = Fields.date(file, line, "effective_date", f.get(2));
        Instant recorded = Fields.instant(file, line, "recorded_at", f.get(3));
        Long reverses = f.get(7).isEmpty() ? null : Fields.positive(file, line, "reverses", f.get(7));
        String previous = Fields.hash(file, line, "previous_hash", f.get(8));
        String hash = Fields.hash(file, line, "hash", f.get(9));
        return new JournalEntryRecord(sequence, f.get(1), effective, recorded, f.get(4), f.get(5), f.get(6), reverses,
                lines, previous, hash);
    }

    public static List<BundleHash> hashes(byte[] bytes) {
        Csv.utf8(BundleFiles.HASHES, bytes);
        List<BundleHash> hashes = new ArrayList<>();
        try (HashStream stream = new HashStream(new ByteArrayInputStream(bytes))) {
            for (BundleHash hash = stream.next(); hash != null; hash = stream.next()) {
                hashes.add(hash);
            }
        }
        return hashes;
    }

    /** {@code hashes.csv} read row by row from a stream, like {@link JournalStream}. */
    public static final class HashStream implements Closeable {

        private final Csv.Reader csv;

        public HashStream(InputStream in) {
            csv = new Csv.Reader(BundleFiles.HASHES, in, BundleFiles.HASHES_HEADER);
        }

        /** The next row, or null after the last one. */
        public BundleHash next() {
            String file = BundleFiles.HASHES;
            Csv.Row row = csv.next();
            return row == null ? null : new BundleHash(Fields.positive(file, row.line(), "sequence", row.get(0)),
                    Fields.hash(file, row.line(), "previous_hash", row.get(1)),
                    Fields.hash(file, row.line(), "hash", row.get(2)));
        }

        @Override
        public void close() {
            csv.close();
        }
    }

    public static List<BundleBalance> balances(byte[] bytes) {
        String file = BundleFiles.BALANCES;
        List<BundleBalance> balances = new ArrayList<>();
        Set<String> accounts = new HashSet<>();
        for (Csv.Row row : Csv.read(file, bytes, BundleFiles.BALANCES_HEADER)) {
            String account = nonEmpty(file, row, 0, "account");
            if (!accounts.add(account)) {
                throw new BundleFormatException(file, row.line(), "account " + account + " is listed twice");
            }
            CurrencyCode currency = Fields.currency(file, row.line(), "currency", row.get(1));
            balances.add(new BundleBalance(account, currency,
                    Fields.amount(file, row.line(), "debit_total", row.get(2), currency, false),
                    Fields.amount(file, row.line(), "credit_total", row.get(3), currency, false),
                    Fields.amount(file, row.line(), "balance", row.get(4), currency, true)));
        }
        return balances;
    }

    /**
     * The rows of {@code exchange-rates.csv}, listed by ascending id, each id once. A rate relates
     * two different currencies and is written without trailing zeros (see {@link Fields#rate}).
     */
    public static List<BundleExchangeRate> exchangeRates(byte[] bytes) {
        String file = BundleFiles.EXCHANGE_RATES;
        List<BundleExchangeRate> rates = new ArrayList<>();
        long previous = 0;
        for (Csv.Row row : Csv.read(file, bytes, BundleFiles.EXCHANGE_RATES_HEADER)) {
            long id = Fields.positive(file, row.line(), "id", row.get(0));
            if (id <= previous) {
                throw new BundleFormatException(file, row.line(), "id " + id + " does not follow id " + previous
                        + " (rates are listed by ascending id, each once)");
            }
            previous = id;
            CurrencyCode base = Fields.currency(file, row.line(), "base", row.get(1));
            CurrencyCode quote = Fields.currency(file, row.line(), "quote", row.get(2));
            if (base == quote) {
                throw new BundleFormatException(file, row.line(), "base and quote are both " + base
                        + " (a rate relates two different currencies)");
            }
            rates.add(new BundleExchangeRate(id, base, quote, Fields.rate(file, row.line(), "rate", row.get(3)),
                    Fields.date(file, row.line(), "effective_on", row.get(4)),
                    source(file, row.line(), row.get(5)), row.get(6), nonEmpty(file, row, 7, "entered_by"),
                    Fields.instant(file, row.line(), "entered_at", row.get(8))));
        }
        return rates;
    }

    /**
     * The rows of {@code checkpoints.csv}, ordered by sequence and then id, each id once; a
     * government's countersignature has both its officer and its time or neither. Whether the
     * signatures verify is the verifier's business.
     */
    public static List<BundleCheckpoint> checkpoints(byte[] bytes) {
        String file = BundleFiles.CHECKPOINTS;
        List<BundleCheckpoint> checkpoints = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        long previousSequence = -1;
        long previousId = 0;
        for (Csv.Row row : Csv.read(file, bytes, BundleFiles.CHECKPOINTS_HEADER)) {
            long id = Fields.positive(file, row.line(), "id", row.get(0));
            long sequence = Fields.number(file, row.line(), "sequence", row.get(1));
            if (!ids.add(id)) {
                throw new BundleFormatException(file, row.line(), "checkpoint " + id + " is listed twice");
            }
            if (sequence < previousSequence || (sequence == previousSequence && id < previousId)) {
                throw new BundleFormatException(file, row.line(), "checkpoint " + id + " (entry " + sequence
                        + ") does not follow checkpoint " + previousId + " (entry " + previousSequence
                        + "): checkpoints are listed by sequence, then id");
            }
            previousSequence = sequence;
            previousId = id;
            String reason = row.get(4);
            if (!BundleCheckpoint.REASONS.contains(reason)) {
                throw Fields.bad(file, row.line(), "reason", reason, "one of " + String.join(", ",
                        BundleCheckpoint.REASONS));
            }
            List<BundleCheckpoint.BundleCountersignature> countersignatures = new ArrayList<>();
            countersignature(file, row, 8, "US", countersignatures);
            countersignature(file, row, 10, "KR", countersignatures);
            checkpoints.add(new BundleCheckpoint(id, sequence, Fields.hash(file, row.line(), "head_hash", row.get(2)),
                    Fields.instant(file, row.line(), "recorded_at", row.get(3)), reason,
                    nonEmpty(file, row, 5, "recorded_by"), Fields.hash(file, row.line(), "key_id", row.get(6)),
                    nonEmpty(file, row, 7, "signature"), countersignatures));
        }
        return checkpoints;
    }

    private static void countersignature(String file, Csv.Row row, int index, String government,
                                         List<BundleCheckpoint.BundleCountersignature> into) {
        String officer = row.get(index);
        String at = row.get(index + 1);
        String prefix = government.toLowerCase(java.util.Locale.ROOT);
        if (officer.isEmpty() != at.isEmpty()) {
            throw new BundleFormatException(file, row.line(), prefix + "_officer and " + prefix
                    + "_countersigned_at are both given or both empty");
        }
        if (!officer.isEmpty()) {
            into.add(new BundleCheckpoint.BundleCountersignature(government, officer,
                    Fields.instant(file, row.line(), prefix + "_countersigned_at", at)));
        }
    }

    /** {@code checkpoint-key.pem}: ASCII text; whether it holds an Ed25519 public key is the verifier's business. */
    public static String checkpointKey(byte[] bytes) {
        String text = Csv.utf8(BundleFiles.CHECKPOINT_KEY, bytes);
        if (!text.chars().allMatch(c -> c < 128)) {
            throw new BundleFormatException(BundleFiles.CHECKPOINT_KEY, 0, "is not ASCII text");
        }
        return text;
    }

    private static RateSource source(String file, int line, String text) {
        for (RateSource source : RateSource.values()) {
            if (source.name().equals(text)) {
                return source;
            }
        }
        throw Fields.bad(file, line, "source", text, "one of " + Arrays.stream(RateSource.values()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    private static String nonEmpty(String file, Csv.Row row, int index, String column) {
        String value = row.get(index);
        if (value.isEmpty()) {
            throw new BundleFormatException(file, row.line(), column + " is empty");
        }
        return value;
    }
}
