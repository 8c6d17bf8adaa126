package org.usrok.fund.ledger.verifier.independent;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A second check of an export bundle's hash chain, written only from docs/ledger.md ("Canonical
 * form (version 1)", "Hash chain", "Export bundle (version 4)", "The CSV files") and sharing no
 * code with the application that wrote the hashes. The first check, {@code BundleVerifier}, rebuilds
 * each entry's canonical form with the application's own {@code CanonicalForm} and
 * {@code ChainHash}: a defect in them (an ambiguous escape, a field left out) would be written
 * into every hash and then confirmed by the very same code. This check rebuilds the canonical text
 * from the rows of {@code journal.csv} as the document describes it, so such a defect shows as a
 * hash that does not recompute.
 * <p>
 * For every entry, in the order of the file: its sequence follows the one before (the first is 1);
 * its {@code previous_hash} is the hash of the entry before (64 zeros for the first);
 * {@code SHA-256(previous hash bytes || canonical text)} is its {@code hash}; its debits equal its
 * credits in each currency, with at least two lines. Then the manifest: canonical form
 * {@code fund-ledger-entry-v1}, {@code entries} the number of entries read and {@code head-hash}
 * the last entry's hash (64 zeros when there is none). The journal is read record by record and
 * only the current entry is held, so memory does not grow with the bundle.
 */
public final class SpecChainCheck {

    static final String ZEROS = "0".repeat(64);
    static final String CANONICAL_VERSION = "fund-ledger-entry-v1";
    static final List<String> JOURNAL_COLUMNS = List.of("sequence", "event_id", "effective_date", "recorded_at",
            "reference", "actor", "description", "reverses", "line_no", "account", "side", "currency", "amount",
            "previous_hash", "hash");
    /** The columns that belong to the entry, repeated identically on each of its rows. */
    private static final int[] ENTRY_COLUMNS = {0, 1, 2, 3, 4, 5, 6, 7, 13, 14};
    private static final Map<String, Integer> MINOR_DIGITS = Map.of("USD", 2, "KRW", 0);
    private static final Pattern SEQUENCE = Pattern.compile("[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern RECORDED = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
            + "\\.[0-9]{6}Z");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]*");
    private static final Pattern CENTS = Pattern.compile("(0|[1-9][0-9]*)\\.[0-9]{2}");

    /** What the check found: the entries read, the last one's hash, the findings kept and all problems counted. */
    public record Result(long entries, String headHash, List<String> findings, long problems) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return problems == 0;
        }

        public long notShown() {
            return problems - findings.size();
        }
    }

    /** One line of an entry, as its row in {@code journal.csv} gives it. */
    record Line(String number, String account, String side, String currency, String amount) {
    }

    /** One entry: the fields its rows repeat and its lines in their order. */
    record Entry(String sequence, String eventId, String effectiveDate, String recordedAt, String reference,
                 String actor, String description, String reverses, String previousHash, String hash,
                 List<Line> lines) {
    }

    private final int maxFindings;
    private final List<String> findings = new ArrayList<>();
    private final MessageDigest sha256;
    private long problems;
    private long entries;
    private Entry previous;

    private SpecChainCheck(int maxFindings) {
        this.maxFindings = maxFindings;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Checks the bundle (a ZIP) at {@code bundle}, keeping the first {@code maxFindings} findings
     * and counting all. A file that cannot be read or is not a ZIP is an {@link IOException}.
     */
    public static Result check(Path bundle, int maxFindings) throws IOException {
        SpecChainCheck check = new SpecChainCheck(maxFindings);
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            Map<String, String> manifest = check.manifest(zip);
            if (check.journal(zip)) {
                check.against(manifest);
            }
        }
        return new Result(check.entries, check.previous == null ? ZEROS : check.previous.hash(), check.findings,
                check.problems);
    }

    /**
     * The canonical text of an entry as docs/ledger.md, "Canonical form (version 1)", defines it:
     * one field per line, each ending in LF, text fields and accounts percent-encoded.
     */
    static String canonicalText(Entry entry) {
        StringBuilder text = new StringBuilder(512);
        text.append(CANONICAL_VERSION).append('\n');
        text.append("sequence:").append(entry.sequence()).append('\n');
        text.append("event:").append(escape(entry.eventId())).append('\n');
        text.append("effective:").append(entry.effectiveDate()).append('\n');
        text.append("recorded:").append(entry.recordedAt()).append('\n');
        text.append("reference:").append(escape(entry.reference())).append('\n');
        text.append("actor:").append(escape(entry.actor())).append('\n');
        text.append("description:").append(escape(entry.description())).append('\n');
        text.append("reverses:").append(entry.reverses().isEmpty() ? "-" : entry.reverses()).append('\n');
        for (Line line : entry.lines()) {
            text.append("line:").append(line.number()).append('|').append(escape(line.account())).append('|')
                    .append(line.side()).append('|').append(line.currency()).append('|').append(line.amount())
                    .append('\n');
        }
        return text.toString();
    }

    /** {@code %} as {@code %25}, {@code |} as {@code %7C}, LF as {@code %0A}, CR as {@code %0D}; nothing else. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> escaped.append("%25");
                case '|' -> escaped.append("%7C");
                case '\n' -> escaped.append("%0A");
                case '\r' -> escaped.append("%0D");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code SHA-256(the 32 bytes of previousHash || the UTF-8 bytes of canonicalText)} as 64 lower-case hex digits. */
    static String hash(String previousHash, String canonicalText) {
        return new SpecChainCheck(0).chainHash(previousHash, canonicalText);
    }

    private String chainHash(String previousHash, String canonicalText) {
        sha256.reset();
        sha256.update(HexFormat.of().parseHex(previousHash));
        sha256.update(canonicalText.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private Map<String, String> manifest(ZipFile zip) throws IOException {
        Map<String, String> values = new HashMap<>();
        ZipEntry file = zip.getEntry("manifest.txt");
        if (file == null) {
            problem("manifest.txt: is missing");
            return values;
        }
        String text;
        try (InputStream in = zip.getInputStream(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                values.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return values;
    }

    /** Checks every entry of {@code journal.csv}; whether the file was read to its end. */
    private boolean journal(ZipFile zip) throws IOException {
        ZipEntry file = zip.getEntry("journal.csv");
        if (file == null) {
            problem("journal.csv: is missing");
            return false;
        }
        try (InputStream in = zip.getInputStream(file)) {
            CsvRecords csv = new CsvRecords(in);
            List<String> header = csv.next();
            if (!JOURNAL_COLUMNS.equals(header)) {
                problem("journal.csv, line 1: the header is not " + String.join(",", JOURNAL_COLUMNS));
                return false;
            }
            List<List<String>> rows = new ArrayList<>();
            int firstLine = 0;
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() != JOURNAL_COLUMNS.size()) {
                    problem("journal.csv, line " + csv.recordLine() + ": has " + row.size() + " fields, not "
                            + JOURNAL_COLUMNS.size() + " (the rest of the file is not checked)");
                    return false;
                }
                if (!rows.isEmpty() && !row.get(0).equals(rows.get(0).get(0))) {
                    entry(rows, firstLine);
                    rows.clear();
                }
                if (rows.isEmpty()) {
                    firstLine = csv.recordLine();
                }
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                entry(rows, firstLine);
            }
            return true;
        } catch (CsvRecords.CsvFormatException e) {
            problem("journal.csv, " + e.getMessage() + " (the rest of the file is not checked)");
            return false;
        }
    }

    /** Checks one entry, given as its consecutive rows with the same sequence. */
    private void entry(List<List<String>> rows, int csvLine) {
        List<String> first = rows.get(0);
        String at = "journal.csv, entry " + first.get(0) + " (line " + csvLine + "): ";
        List<Line> lines = new ArrayList<>();
        for (List<String> row : rows) {
            for (int column : ENTRY_COLUMNS) {
                if (!row.get(column).equals(first.get(column))) {
                    problem(at + "its rows differ in " + JOURNAL_COLUMNS.get(column));
                }
            }
            lines.add(new Line(row.get(8), row.get(9), row.get(10), row.get(11), row.get(12)));
        }
        Entry entry = new Entry(first.get(0), first.get(1), first.get(2), first.get(3), first.get(4), first.get(5),
                first.get(6), first.get(7), first.get(13), first.get(14), lines);
        entries++;
        checkFields(entry, at);
        checkSequence(entry, at);
        checkLink(entry, at);
        checkHash(entry, at);
        checkBalance(entry, at);
        previous = entry;
    }

    private void checkFields(Entry entry, String at) {
        if (!SEQUENCE.matcher(entry.sequence()).matches()) {
            problem(at + "sequence '" + entry.sequence() + "' is not a number from 1");
        }
        if (!DATE.matcher(entry.effectiveDate()).matches()) {
            problem(at + "effective_date '" + entry.effectiveDate() + "' is not yyyy-MM-dd");
        }
        if (!RECORDED.matcher(entry.recordedAt()).matches()) {
            problem(at + "recorded_at '" + entry.recordedAt() + "' is not UTC with exactly 6 fraction digits");
        }
        if (!entry.reverses().isEmpty() && !SEQUENCE.matcher(entry.reverses()).matches()) {
            problem(at + "reverses '" + entry.reverses() + "' is neither empty nor a sequence");
        }
        for (int i = 0; i < entry.lines().size(); i++) {
            Line line = entry.lines().get(i);
            if (!line.number().equals(Integer.toString(i + 1))) {
                problem(at + "line_no '" + line.number() + "' where line " + (i + 1) + " is due");
            }
            if (!line.side().equals("D") && !line.side().equals("C")) {
                problem(at + "line " + line.number() + ": side '" + line.side() + "' is neither D nor C");
            }
        }
    }

    private void checkSequence(Entry entry, String at) {
        if (previous == null) {
            if (!entry.sequence().equals("1")) {
                problem(at + "the first entry's sequence is " + entry.sequence() + ", not 1");
            }
        } else if (SEQUENCE.matcher(previous.sequence()).matches() && SEQUENCE.matcher(entry.sequence()).matches()
                && !new BigInteger(entry.sequence()).equals(new BigInteger(previous.sequence()).add(BigInteger.ONE))) {
            problem(at + "follows entry " + previous.sequence() + ": the sequences are not continuous");
        }
    }

    private void checkLink(Entry entry, String at) {
        String expected = previous == null ? ZEROS : previous.hash();
        if (!entry.previousHash().equals(expected)) {
            problem(at + "previous_hash " + entry.previousHash() + " is not the hash of the entry before, "
                    + expected);
        }
    }

    private void checkHash(Entry entry, String at) {
        if (!HASH.matcher(entry.previousHash()).matches() || !HASH.matcher(entry.hash()).matches()) {
            problem(at + "previous_hash and hash must be 64 lower-case hex digits");
            return;
        }
        String recomputed = chainHash(entry.previousHash(), canonicalText(entry));
        if (!recomputed.equals(entry.hash())) {
            problem(at + "the hash recomputed from the documented canonical form is " + recomputed
                    + ", not the stored " + entry.hash());
        }
    }

    /** Per currency the debits equal the credits; an entry has at least two lines. */
    private void checkBalance(Entry entry, String at) {
        if (entry.lines().size() < 2) {
            problem(at + "has " + entry.lines().size() + " line: an entry has at least two");
        }
        Map<String, BigDecimal> net = new TreeMap<>();
        for (Line line : entry.lines()) {
            Integer digits = MINOR_DIGITS.get(line.currency());
            if (digits == null) {
                problem(at + "line " + line.number() + ": currency '" + line.currency() + "' is neither USD nor KRW");
                return;
            }
            Pattern amount = digits == 0 ? WHOLE : CENTS;
            if (!amount.matcher(line.amount()).matches() || new BigDecimal(line.amount()).signum() <= 0) {
                problem(at + "line " + line.number() + ": amount '" + line.amount() + "' is not a positive "
                        + line.currency() + " amount with " + digits + " decimals");
                return;
            }
            BigDecimal signed = line.side().equals("C") ? new BigDecimal(line.amount()).negate()
                    : new BigDecimal(line.amount());
            net.merge(line.currency(), signed, BigDecimal::add);
        }
        net.forEach((currency, difference) -> {
            if (difference.signum() != 0) {
                problem(at + "does not balance: its " + currency + " debits minus credits are "
                        + difference.toPlainString());
            }
        });
    }

    /** The manifest's claims against the journal read to its end. */
    private void against(Map<String, String> manifest) {
        String form = manifest.get("canonical-form");
        if (form == null) {
            problem("manifest.txt: states no canonical-form");
        } else if (!form.equals(CANONICAL_VERSION)) {
            problem("manifest.txt: canonical-form is '" + form + "', but this check knows " + CANONICAL_VERSION);
        }
        String count = manifest.get("entries");
        if (count != null && !count.equals(Long.toString(entries))) {
            problem("manifest.txt: entries is " + count + " but journal.csv holds " + entries);
        }
        String head = previous == null ? ZEROS : previous.hash();
        String stated = manifest.get("head-hash");
        if (stated == null) {
            problem("manifest.txt: states no head-hash");
        } else if (!stated.equals(head)) {
            problem("manifest.txt: head-hash is " + stated + " but journal.csv's last entry has " + head);
        }
    }

    private void problem(String finding) {
        problems++;
        if (findings.size() < maxFindings) {
            findings.add(finding);
        }
    }
}
