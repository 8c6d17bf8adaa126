package org.usrok.fund.ledger.bundle;

import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.verifier.Verification;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The offline verifier's checks, without printing or exiting, so tests can call them. A bundle
 * is good when: every data file's SHA-256 equals the manifest's; every file reads strictly;
 * every entry balances per currency; the chain recomputes from 64 zeros with sequences 1..n;
 * the manifest's count, first and last sequence and head hash equal the recomputed ones;
 * {@code hashes.csv} agrees with the journal; every line's account is in {@code accounts.csv} in
 * the line's currency; every row of {@code balances.csv} equals the sums of the journal's lines;
 * every allocation certificate re-derives and is booked by its entry; and, from version 3, every
 * rate a certificate cites is a row of {@code exchange-rates.csv} with the same value and name;
 * and, from version 4, the fund's signed checkpoints verify and the journal agrees with them and
 * with the auditor's anchors ({@link BundleCheckpointCheck}), and every row of {@code money-records.csv}
 * matches the entry it names and every entry of a money event is named ({@link MoneyRecordCheck}).
 * <p>
 * Every problem is found, not only the first: each entry is checked on its own (its sequence,
 * its link to the entry before, its hash, its balance), so two tampered entries are two findings.
 * A finding at an entry makes its link to the next one unreliable, so that link is not reported
 * again. Each finding names the file and, where there is one, the entry or the account.
 * <p>
 * The bundle is read from the ZIP file by file and {@code journal.csv} and {@code hashes.csv}
 * row by row, twice (once for the files' SHA-256 and their format, once for the checks), so the
 * memory needed does not grow with the number of entries: only the chart, the balances, the
 * rates, the certificates and the entries that book allocations are held.
 */
public final class BundleVerifier {

    /** Keep every finding in the report. */
    public static final int ALL_FINDINGS = Integer.MAX_VALUE;
    private static final Pattern ALLOCATION_EVENT = Pattern.compile("round-([1-9][0-9]{0,17})-allocation");
    private static final String ALLOCATIONS_EXPENSE = "5100-";
    private static final String RATE_LINE = "rate=";
    private static final Pattern CITED_RATE = Pattern.compile(
            "([A-Z]{3}/[A-Z]{3})\\|((?:0|[1-9][0-9]*)(?:\\.[0-9]+)?)\\|(.*)");
    private static final Pattern RATE_NAME = Pattern.compile("exchange-rate:([1-9][0-9]{0,17}) .*");

    private final ZipFile zip;
    private final Map<String, ZipEntry> files;
    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, String> digests = new HashMap<>();
    private final Map<String, BundleFormatException> streamErrors = new HashMap<>();
    private final int keep;
    private final BundleAnchors anchors;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long problems;

    private BundleVerifier(ZipFile zip, Map<String, ZipEntry> files, int keep, BundleAnchors anchors) {
        this.zip = zip;
        this.files = files;
        this.keep = keep;
        this.anchors = anchors;
    }

    /** One problem: the file, the bad entry's sequence or the account where known, and what is wrong. */
    public record Finding(String file, Long sequence, String account, String problem) implements Serializable {

        @Override
        public String toString() {
            return file + (sequence == null ? "" : ", entry " + sequence)
                    + (account == null ? "" : ", account " + account) + ": " + problem;
        }
    }

    /**
     * The outcome: the number of entries read, the recomputed head hash (when the chain holds), the
     * findings kept (the first ones, up to the number asked for), the number of problems found, and
     * notes on what the checkpoints and anchors proved (which key, which anchors).
     */
    public record Report(long entries, String headHash, List<Finding> findings, long problems, List<String> notes) implements Serializable {

        public Report {
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }

        public Report(long entries, String headHash, List<Finding> findings, long problems) {
            this(entries, headHash, findings, problems, List.of());
        }

        public boolean ok() {
            return problems == 0;
        }

        /** The problems found beyond the findings kept. */
        public long notShown() {
            return problems - findings.size();
        }

        @Override
        public String toString() {
            return ok() ? "OK: " + entries + " entries, head " + headHash
                    : findings.stream().map(f -> "BAD: " + f).collect(Collectors.joining("\n"))
                    + (notShown() > 0 ? "\n... and " + notShown() + " more" : "");
        }
    }

    /** Verifies the bundle at {@code path}, keeping every finding. */
    public static Report verify(Path path) throws IOException {
        return verify(path, ALL_FINDINGS);
    }

    /**
     * Verifies the bundle at {@code path}, keeping the first {@code maxFindings} findings (all
     * problems are still counted). A missing or unreadable file, or one that is not a ZIP, is an
     * {@link IOException}: the bundle could not be checked at all.
     */
    public static Report verify(Path path, int maxFindings) throws IOException {
        return verify(path, maxFindings, BundleAnchors.NONE);
    }

    /**
     * Verifies the bundle at {@code path} as {@link #verify(Path, int)} does, and also against
     * what the auditor brings: a pinned key and anchors the bundle must extend.
     */
    public static Report verify(Path path, int maxFindings, BundleAnchors anchors) throws IOException {
        Objects.requireNonNull(anchors, "anchors");
        if (maxFindings < 0) {
            throw new IllegalArgumentException("maxFindings is not negative: " + maxFindings);
        }
        try (ZipFile zip = open(path)) {
            Map<String, ZipEntry> files = new LinkedHashMap<>();
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (files.put(entry.getName(), entry) != null) {
                    return new Report(0, null, maxFindings == 0 ? List.of() : List.of(new Finding(entry.getName(),
                            null, null, "appears twice in the ZIP")), 1);
                }
            }
            if (files.isEmpty()) {
                throw new ZipException("not a ZIP file, or an empty one");
            }
            return new BundleVerifier(zip, files, maxFindings, anchors).run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Verifies a bundle read from a stream: it is copied to a temporary file, which is deleted afterwards. */
    public static Report verify(InputStream in) throws IOException {
        return verify(in, BundleAnchors.NONE);
    }

    /** Verifies a bundle read from a stream against the auditor's pinned key and anchors. */
    public static Report verify(InputStream in, BundleAnchors anchors) throws IOException {
        Path copy = Files.createTempFile("fund-ledger-bundle", ".zip");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return verify(copy, ALL_FINDINGS, anchors);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static ZipFile open(Path path) throws IOException {
        try {
            return new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ZipException("not a ZIP file (" + e.getMessage() + ")");
        } catch (FileNotFoundException e) {
            throw Files.exists(path) ? e : new NoSuchFileException(path.toString());
        }
    }

    private Report run() throws IOException {
        BundleManifest manifest = parse(BundleFiles.MANIFEST, LedgerBundleReader::manifest);
        String format = format(manifest);
        for (String name : files.keySet()) {
            if (!name.equals(BundleFiles.MANIFEST) && !BundleFiles.isListed(format, name)) {
                add(name, null, null, "is not a file of " + format);
            }
        }
        if (!files.containsKey(BundleFiles.MANIFEST)) {
            add(BundleFiles.MANIFEST, null, null, "is missing from the bundle");
        }
        checkFileHashes(manifest, format);
        List<BundleAccount> accounts = parse(BundleFiles.ACCOUNTS, LedgerBundleReader::accounts);
        boolean journalReads = streamed(BundleFiles.JOURNAL);
        boolean hashesRead = streamed(BundleFiles.HASHES);
        List<BundleBalance> balances = parse(BundleFiles.BALANCES, LedgerBundleReader::balances);
        List<BundleExchangeRate> rates = BundleFiles.hasExchangeRates(format)
                ? parse(BundleFiles.EXCHANGE_RATES, LedgerBundleReader::exchangeRates) : null;
        BundleCheckpoints evidence = checkpoints(format);
        if (!journalReads) {
            return report(0, null);
        }
        Journal journal = checkJournal(accounts, hashesRead, BundleCheckpointCheck.wanted(evidence, anchors));
        if (manifest != null) {
            checkManifest(manifest, journal);
        }
        if (accounts != null && balances != null) {
            checkBalanceAccounts(accounts, balances);
        }
        if (balances != null) {
            checkBalances(balances, journal);
        }
        checkCertificates(journal.allocationEntries);
        if (rates != null) {
            checkCertifiedRates(rates);
        }
        new BundleCheckpointCheck(new BundleCheckpointCheck.Sink() {
            @Override
            public void finding(String file, Long sequence, String problem) {
                add(file, sequence, null, problem);
            }

            @Override
            public void note(String note) {
                notes.add(note);
            }
        }).check(BundleFiles.hasCheckpoints(format), evidence, anchors, journal.last == null ? 0 : journal.last,
                journal.hashesAt);
        if (BundleFiles.hasMoneyRecords(format) && streamed(BundleFiles.MONEY_RECORDS)) {
            try (InputStream entries = stream(BundleFiles.JOURNAL);
                 InputStream records = stream(BundleFiles.MONEY_RECORDS)) {
                MoneyRecordCheck.check(entries, records, this::add);
            }
        }
        return report(journal.count, journal.chainHolds ? journal.head : null);
    }

    private Report report(long entries, String head) {
        return new Report(entries, head, findings, problems, notes);
    }

    /** The checkpoints and key of a bundle of version 4, or null (a format problem reported) when they do not read. */
    private BundleCheckpoints checkpoints(String format) throws IOException {
        if (!BundleFiles.hasCheckpoints(format)) {
            return null;
        }
        List<BundleCheckpoint> checkpoints = parse(BundleFiles.CHECKPOINTS, LedgerBundleReader::checkpoints);
        String key = parse(BundleFiles.CHECKPOINT_KEY, LedgerBundleReader::checkpointKey);
        return checkpoints == null || key == null ? null : new BundleCheckpoints(key, checkpoints);
    }

    /**
     * The format the manifest names; without a readable manifest, version 4 when the bundle holds
     * {@code checkpoints.csv}, version 3 when it holds {@code exchange-rates.csv} and version 2
     * otherwise, so that the files of the bundle
     * that arrived are checked rather than those of a format it does not claim.
     */
    private String format(BundleManifest manifest) {
        if (manifest != null) {
            return manifest.format();
        }
        if (files.containsKey(BundleFiles.CHECKPOINTS) || files.containsKey(BundleFiles.MONEY_RECORDS)) {
            return BundleFiles.FORMAT_V4;
        }
        return files.containsKey(BundleFiles.EXCHANGE_RATES) ? BundleFiles.FORMAT_V3 : BundleFiles.FORMAT_V2;
    }

    /** A small file's bytes (read once), or null when the bundle does not hold it. */
    private byte[] bytes(String name) throws IOException {
        ZipEntry entry = files.get(name);
        if (entry == null) {
            return null;
        }
        byte[] bytes = contents.get(name);
        if (bytes == null) {
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readAllBytes();
            }
            contents.put(name, bytes);
        }
        return bytes;
    }

    private InputStream stream(String name) throws IOException {
        return new BufferedInputStream(zip.getInputStream(files.get(name)), 1 << 16);
    }

    private <T> T parse(String name, Function<byte[], T> reader) throws IOException {
        byte[] bytes = bytes(name);
        if (bytes == null) {
            return null;
        }
        try {
            return reader.apply(bytes);
        } catch (BundleFormatException e) {
            addFormatProblem(e);
            return null;
        }
    }

    private void addFormatProblem(BundleFormatException e) {
        add(e.file(), null, null, (e.line() > 0 ? "line " + e.line() + ": " : "") + e.problem());
    }

    /** Whether a streamed file is present and read without a format error (reporting the error). */
    private boolean streamed(String name) {
        if (!files.containsKey(name)) {
            return false;
        }
        BundleFormatException error = streamErrors.get(name);
        if (error != null) {
            addFormatProblem(error);
            return false;
        }
        return true;
    }

    private static boolean isStreamed(String name) {
        return name.equals(BundleFiles.JOURNAL) || name.equals(BundleFiles.HASHES)
                || name.equals(BundleFiles.MONEY_RECORDS);
    }

    /**
     * The SHA-256 of a file. The two files that grow with the ledger are read as a stream, and
     * their format checked on the way, so that no problem of theirs needs a second reading.
     */
    private String sha256(String name) throws IOException {
        if (!isStreamed(name)) {
            return LedgerBundleWriter.sha256(bytes(name));
        }
        MessageDigest digest = LedgerBundleWriter.sha256Digest();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(zip.getInputStream(files.get(name)),
                1 << 16), digest)) {
            try {
                if (name.equals(BundleFiles.JOURNAL)) {
                    LedgerBundleReader.JournalStream journal = new LedgerBundleReader.JournalStream(in);
                    while (journal.next() != null) {
                        continue;
                    }
                } else if (name.equals(BundleFiles.MONEY_RECORDS)) {
                    MoneyRecordCheck.Rows rows = new MoneyRecordCheck.Rows(in);
                    while (rows.next() != null) {
                        continue;
                    }
                } else {
                    LedgerBundleReader.HashStream hashes = new LedgerBundleReader.HashStream(in);
                    while (hashes.next() != null) {
                        continue;
                    }
                }
            } catch (BundleFormatException e) {
                streamErrors.put(name, e);
            }
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void checkFileHashes(BundleManifest manifest, String format) throws IOException {
        Set<String> listed = new TreeSet<>(BundleFiles.dataFiles(format));
        files.keySet().stream().filter(n -> BundleFiles.certificateRound(n) != null).forEach(listed::add);
        if (manifest != null) {
            manifest.sha256().keySet().stream().filter(n -> BundleFiles.certificateRound(n) != null).forEach(listed::add);
        }
        for (String name : listed) {
            if (!files.containsKey(name)) {
                add(name, null, null, "is missing from the bundle");
                continue;
            }
            String actual = sha256(name);
            if (manifest != null) {
                String declared = manifest.sha256().get(name);
                if (declared == null) {
                    add(name, null, null, "is not listed in the manifest: the file was not exported");
                } else if (!actual.equals(declared)) {
                    add(name, null, null, "its SHA-256 is " + actual + " but the manifest says " + declared
                            + ": the file is not the one exported");
                }
            }
        }
    }

    /** What the journal pass learnt: the count, the first and last sequence, the head, totals and allocation entries. */
    private static final class Journal {
        long count;
        Long first;
        Long last;
        boolean chainHolds = true;
        String head = ChainHash.GENESIS;
        final Map<Key, long[]> totals = new LinkedHashMap<>();
        final Map<Key, Long> firstEntry = new LinkedHashMap<>();
        final Map<Long, JournalEntryRecord> allocationEntries = new LinkedHashMap<>();
        final Map<Long, String> hashesAt = new HashMap<>();
    }

    /**
     * One pass over {@code journal.csv}, and {@code hashes.csv} beside it: each entry is checked
     * as it is read and then forgotten, except its sums per account and, for an allocation, the
     * entry itself (the certificates are checked against it) and the hashes at the {@code wanted}
     * sequences (those of the checkpoints and anchors).
     */
    private Journal checkJournal(List<BundleAccount> accounts, boolean hashesRead, Set<Long> wanted)
            throws IOException {
        Journal journal = new Journal();
        Map<String, BundleAccount> chart = accounts == null ? null : accounts.stream()
                .collect(Collectors.toMap(BundleAccount::code, a -> a, (a, b) -> a, LinkedHashMap::new));
        Set<String> reported = new HashSet<>();
        long expected = 1;
        String previous = ChainHash.GENESIS;
        boolean previousReported = false;
        boolean hashesAgree = true;
        try (LedgerBundleReader.JournalStream entries = new LedgerBundleReader.JournalStream(
                new BufferedInputStream(zip.getInputStream(files.get(BundleFiles.JOURNAL)), 1 << 16));
             LedgerBundleReader.HashStream hashes = hashesRead ? new LedgerBundleReader.HashStream(
                     new BufferedInputStream(zip.getInputStream(files.get(BundleFiles.HASHES)), 1 << 16)) : null) {
            for (JournalEntryRecord entry = entries.next(); entry != null; entry = entries.next()) {
                journal.count++;
                if (journal.first == null) {
                    journal.first = entry.sequence();
                }
                journal.last = entry.sequence();
                Optional<String> imbalance = entry.imbalance();
                if (imbalance.isPresent()) {
                    add(BundleFiles.JOURNAL, entry.sequence(), null, "does not balance: " + imbalance.get());
                }
                boolean linked = previous.equals(entry.previousHash());
                String chainProblem = null;
                if (entry.sequence() != expected) {
                    chainProblem = "expected entry " + expected + " but found entry " + entry.sequence();
                } else if (!linked && !previousReported) {
                    chainProblem = "previous hash does not match the hash of entry " + (expected - 1);
                } else if (!entry.chainedAfter(entry.previousHash()).hash().equals(entry.hash())) {
                    chainProblem = "hash does not match the entry's content";
                }
                if (chainProblem != null) {
                    add(BundleFiles.JOURNAL, expected, null, "the hash chain breaks: " + chainProblem);
                }
                if (chainProblem != null || !linked || imbalance.isPresent()) {
                    journal.chainHolds = false;
                }
                previousReported = chainProblem != null;
                expected = Math.max(expected, entry.sequence() + 1);
                previous = entry.hash();
                journal.head = entry.hash();
                if (wanted.contains(entry.sequence())) {
                    journal.hashesAt.put(entry.sequence(), entry.hash());
                }
                if (hashes != null && hashesAgree) {
                    hashesAgree = checkHashRow(hashes.next(), entry, journal.count);
                }
                if (chart != null) {
                    checkLineAccounts(chart, reported, entry);
                }
                sum(journal, entry);
                Matcher m = ALLOCATION_EVENT.matcher(entry.eventId());
                if (m.matches()) {
                    journal.allocationEntries.put(Long.valueOf(m.group(1)), entry);
                }
            }
            if (hashes != null && hashesAgree) {
                BundleHash extra = hashes.next();
                if (extra != null) {
                    add(BundleFiles.HASHES, extra.sequence(), null, "lists an entry that journal.csv does not have");
                }
            }
        }
        return journal;
    }

    /** Whether the row of {@code hashes.csv} at the entry's place agrees with it; the first disagreement is reported. */
    private boolean checkHashRow(BundleHash row, JournalEntryRecord entry, long index) {
        if (row == null) {
            add(BundleFiles.HASHES, entry.sequence(), null, "has no row for this entry of journal.csv");
            return false;
        }
        if (row.sequence() != entry.sequence() || !row.previousHash().equals(entry.previousHash())
                || !row.hash().equals(entry.hash())) {
            add(BundleFiles.HASHES, entry.sequence(), null, "line " + (index + 1) + " (entry " + row.sequence()
                    + ") differs from journal.csv's entry " + entry.sequence());
            return false;
        }
        return true;
    }

    private void checkLineAccounts(Map<String, BundleAccount> chart, Set<String> reported, JournalEntryRecord entry) {
        for (JournalLine line : entry.lines()) {
            BundleAccount account = chart.get(line.account());
            CurrencyCode currency = line.amount().currency();
            if (account == null) {
                if (reported.add(line.account())) {
                    add(BundleFiles.JOURNAL, entry.sequence(), line.account(), "is not in accounts.csv");
                }
            } else if (account.currency() != currency && reported.add(line.account() + " " + currency)) {
                add(BundleFiles.JOURNAL, entry.sequence(), line.account(), "is a " + account.currency()
                        + " account but a line posts " + currency + " to it");
            }
        }
    }

    private static void sum(Journal journal, JournalEntryRecord entry) {
        for (JournalLine line : entry.lines()) {
            Key key = new Key(line.account(), line.amount().currency());
            long[] sums = journal.totals.computeIfAbsent(key, k -> new long[2]);
            int side = line.side() == Side.DEBIT ? 0 : 1;
            sums[side] = Math.addExact(sums[side], line.amount().minorUnits());
            journal.firstEntry.putIfAbsent(key, entry.sequence());
        }
    }

    private void checkManifest(BundleManifest manifest, Journal journal) {
        String file = BundleFiles.MANIFEST;
        if (manifest.entries() != journal.count) {
            add(file, null, null, "entries is " + manifest.entries() + " but journal.csv has " + journal.count);
        }
        if (!Objects.equals(manifest.firstSequence(), journal.first)) {
            add(file, null, null, "first-sequence is " + dash(manifest.firstSequence()) + " but journal.csv starts at "
                    + dash(journal.first));
        }
        if (!Objects.equals(manifest.lastSequence(), journal.last)) {
            add(file, null, null, "last-sequence is " + dash(manifest.lastSequence()) + " but journal.csv ends at "
                    + dash(journal.last));
        }
        if (journal.chainHolds && !journal.head.equals(manifest.headHash())) {
            add(file, null, null, "head-hash is " + manifest.headHash() + " but the journal's chain recomputes to "
                    + journal.head);
        }
    }

    private static String dash(Long sequence) {
        return sequence == null ? "-" : sequence.toString();
    }

    private void checkBalanceAccounts(List<BundleAccount> accounts, List<BundleBalance> balances) {
        Map<String, BundleAccount> chart = accounts.stream()
                .collect(Collectors.toMap(BundleAccount::code, a -> a, (a, b) -> a, LinkedHashMap::new));
        for (BundleBalance balance : balances) {
            BundleAccount account = chart.get(balance.account());
            if (account == null) {
                add(BundleFiles.BALANCES, null, balance.account(), "is not in accounts.csv");
            } else if (account.currency() != balance.currency()) {
                add(BundleFiles.BALANCES, null, balance.account(), "is a " + account.currency()
                        + " account but its balance is in " + balance.currency());
            }
        }
    }

    private record Key(String account, CurrencyCode currency) implements Serializable {
    }

    private void checkBalances(List<BundleBalance> balances, Journal journal) {
        Map<Key, long[]> totals = new LinkedHashMap<>(journal.totals);
        for (BundleBalance balance : balances) {
            long[] sums = totals.remove(new Key(balance.account(), balance.currency()));
            long debits = sums == null ? 0 : sums[0];
            long credits = sums == null ? 0 : sums[1];
            List<String> wrong = new ArrayList<>();
            compare(wrong, "debit_total", balance.debitTotal(), debits);
            compare(wrong, "credit_total", balance.creditTotal(), credits);
            compare(wrong, "balance", balance.balance(), Math.subtractExact(debits, credits));
            if (!wrong.isEmpty()) {
                add(BundleFiles.BALANCES, null, balance.account(), String.join("; ", wrong));
            }
        }
        totals.forEach((key, sums) -> add(BundleFiles.BALANCES, journal.firstEntry.get(key), key.account(),
                "has " + key.currency() + " lines in journal.csv (debits " + amount(sums[0], key.currency())
                        + ", credits " + amount(sums[1], key.currency()) + ") but no row"));
    }

    private static void compare(List<String> wrong, String column, Money stated, long recomputed) {
        if (stated.minorUnits() != recomputed) {
            wrong.add(column + " is " + stated.amount().toPlainString() + " but the journal's lines give "
                    + amount(recomputed, stated.currency()));
        }
    }

    private static String amount(long minor, CurrencyCode currency) {
        return Money.ofMinor(minor, currency).amount().toPlainString();
    }

    /**
     * Every committed allocation's certificate re-derives from its own inputs; the journal's entry
     * {@code round-<id>-allocation} names the certificate's SHA-256 and debits, per currency,
     * exactly the certificate's shares; and every such entry has its certificate in the bundle.
     */
    private void checkCertificates(Map<Long, JournalEntryRecord> allocationEntries) throws IOException {
        Set<Long> certified = new HashSet<>();
        for (var file : certificates().entrySet()) {
            Long round = BundleFiles.certificateRound(file.getKey());
            certified.add(round);
            String text;
            try {
                text = Csv.utf8(file.getKey(), file.getValue());
            } catch (BundleFormatException e) {
                add(file.getKey(), null, null, e.problem());
                continue;
            }
            Verification derived = CertificateVerifier.verify(text);
            if (!derived.ok()) {
                add(file.getKey(), null, null, "the shares do not follow from the certificate's inputs: "
                        + derived.problems().get(0));
            }
            JournalEntryRecord entry = allocationEntries.get(round);
            if (entry == null) {
                add(file.getKey(), null, null, "no journal entry round-" + round + "-allocation books this allocation");
                continue;
            }
            String digest = LedgerBundleWriter.sha256(file.getValue());
            if (entry.description() == null || !entry.description().contains("certificate " + digest)) {
                add(file.getKey(), entry.sequence(), null, "the entry does not name this certificate (SHA-256 "
                        + digest + ")");
            }
            Map<CurrencyCode, Long> shares = currencies(CertificateVerifier.paidTotals(text));
            Map<CurrencyCode, Long> booked = new EnumMap<>(CurrencyCode.class);
            for (JournalLine line : entry.lines()) {
                if (line.side() == Side.DEBIT && line.account().startsWith(ALLOCATIONS_EXPENSE)) {
                    booked.merge(line.amount().currency(), line.amount().minorUnits(), Long::sum);
                }
            }
            if (shares != null && !shares.equals(booked)) {
                add(file.getKey(), entry.sequence(), null, "the certificate's shares total " + totals(shares)
                        + " but the entry books " + totals(booked));
            }
        }
        allocationEntries.forEach((round, entry) -> {
            if (!certified.contains(round)) {
                add(BundleFiles.certificate(round), entry.sequence(), null,
                        "is missing: the journal books an allocation of round " + round + " without its certificate");
            }
        });
    }

    /**
     * Every certificate's exchange rate is one the fund recorded, as recorded: the name in its
     * {@code rate=} line starts with {@code exchange-rate:<id> }, that id is a row of
     * {@code exchange-rates.csv}, the line's pair and rate equal the row's (as numbers, so 1385.2 =
     * 1385.20), and the name is exactly the one the application builds from the row
     * ({@link BundleExchangeRate#citedName()}). Re-deriving a certificate only proves its shares
     * follow from the rate it states; this proves the rate is the fund's. The line is read here,
     * not by the allocation core, so the check does not rest on the code whose results it checks.
     * A name that differs from the row's only by the line's own pair or rate is not reported twice.
     */
    private void checkCertifiedRates(List<BundleExchangeRate> rates) throws IOException {
        Map<Long, BundleExchangeRate> byId = rates.stream()
                .collect(Collectors.toMap(BundleExchangeRate::id, Function.identity()));
        for (var file : certificates().entrySet()) {
            String name = file.getKey();
            String text;
            try {
                text = Csv.utf8(name, file.getValue());
            } catch (BundleFormatException e) {
                continue;
            }
            List<String> rateLines = text.lines().filter(l -> l.startsWith(RATE_LINE)).toList();
            if (rateLines.size() != 1) {
                add(name, null, null, "has " + rateLines.size() + " rate= lines instead of one: its rate cannot be "
                        + "checked against exchange-rates.csv");
                continue;
            }
            String value = rateLines.get(0).substring(RATE_LINE.length());
            if (value.equals("-")) {
                continue;
            }
            Matcher line = CITED_RATE.matcher(value);
            if (!line.matches()) {
                add(name, null, null, "its rate= line '" + value + "' is not <base>/<quote>|<rate>|<name>");
                continue;
            }
            String pair = line.group(1);
            BigDecimal rate = new BigDecimal(line.group(2));
            String cited = line.group(3);
            Matcher id = RATE_NAME.matcher(cited);
            if (!id.matches()) {
                add(name, null, null, "the certificate's rate " + pair + " " + line.group(2) + " is named '" + cited
                        + "', which is not exchange-rate:<id> ...: it cites no recorded rate");
                continue;
            }
            String certified = "the certificate's rate " + pair + " " + line.group(2) + " (exchange-rate:"
                    + id.group(1) + ")";
            BundleExchangeRate row = byId.get(Long.valueOf(id.group(1)));
            if (row == null) {
                add(name, null, null, certified + " is not in exchange-rates.csv");
                continue;
            }
            String recordedPair = row.base() + "/" + row.quote();
            boolean sameRate = pair.equals(recordedPair) && rate.compareTo(row.rate()) == 0;
            if (!sameRate) {
                add(name, null, null, certified + " differs from exchange-rates.csv: " + recordedPair + " "
                        + row.rate().toPlainString());
            }
            String withLinesRate = BundleExchangeRate.name(row.id(), pair, rate, row.source(), row.effectiveOn());
            if (!cited.equals(row.citedName()) && !cited.equals(withLinesRate)) {
                add(name, null, null, "the certificate names its rate '" + cited + "' but exchange-rates.csv names "
                        + "exchange-rate:" + row.id() + " '" + row.citedName() + "'");
            }
        }
    }

    /** The verifier's totals by currency code, as currencies; null (a share line that does not read) stays null. */
    private static Map<CurrencyCode, Long> currencies(Map<String, Long> byCode) {
        if (byCode == null) {
            return null;
        }
        Map<CurrencyCode, Long> totals = new EnumMap<>(CurrencyCode.class);
        for (var e : byCode.entrySet()) {
            try {
                totals.put(CurrencyCode.valueOf(e.getKey()), e.getValue());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return totals;
    }

    private static String totals(Map<CurrencyCode, Long> totals) {
        return totals.isEmpty() ? "nothing" : totals.entrySet().stream()
                .map(e -> e.getKey() + " " + amount(e.getValue(), e.getKey())).collect(Collectors.joining(" and "));
    }

    /** The certificates' bytes by file name, in ZIP order. */
    private Map<String, byte[]> certificates() throws IOException {
        Map<String, byte[]> certificates = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            if (BundleFiles.certificateRound(name) != null) {
                certificates.put(name, bytes(name));
            }
        }
        return certificates;
    }

    private void add(String file, Long sequence, String account, String problem) {
        problems++;
        if (findings.size() < keep) {
            findings.add(new Finding(file, sequence, account, problem));
        }
    }
}
