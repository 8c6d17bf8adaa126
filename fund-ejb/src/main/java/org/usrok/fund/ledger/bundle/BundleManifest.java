package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.ledger.ChainHash;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code manifest.txt}: what the exporter claims about the bundle, one {@code key: value} per LF-
 * terminated line: the format, the canonical form the hashes use, when and by whom it was
 * generated, the number of entries, the first and last sequence ({@code -} when the journal is
 * empty), the head hash (the last entry's hash, or 64 zeros) and the SHA-256 of every other file.
 * The head hash is what an auditor publishes and compares with the next export. The format says
 * which files the bundle holds, so a bundle of an older version is checked as what it is.
 */
public record BundleManifest(String format, Instant generatedAt, String generatedBy, long entries,
                             Long firstSequence, Long lastSequence, String headHash, Map<String, String> sha256) implements Serializable {

    static final String FORMAT = "format";
    static final String CANONICAL_FORM = "canonical-form";
    static final String GENERATED_AT = "generated-at";
    static final String GENERATED_BY = "generated-by";
    static final String ENTRIES = "entries";
    static final String FIRST = "first-sequence";
    static final String LAST = "last-sequence";
    static final String HEAD = "head-hash";
    static final String SHA256 = "sha256 ";
    private static final List<String> KEYS = List.of(FORMAT, CANONICAL_FORM, GENERATED_AT, GENERATED_BY, ENTRIES,
            FIRST, LAST, HEAD);
    private static final DateTimeFormatter FILE_NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    public BundleManifest {
        if (!BundleFiles.FORMATS.contains(format)) {
            throw new IllegalArgumentException("Not a bundle format: " + format);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        Objects.requireNonNull(headHash, "headHash");
        if (generatedBy.indexOf('\n') >= 0 || generatedBy.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("generated-by is one line: " + generatedBy);
        }
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    /**
     * The manifest of a bundle's content whose files hash to {@code sha256}: version 4 when it
     * carries checkpoints, else version 3.
     */
    static BundleManifest of(LedgerBundle bundle, Map<String, String> sha256) {
        var entries = bundle.entries();
        boolean empty = entries.isEmpty();
        String format = bundle.checkpoints() == null ? BundleFiles.FORMAT_V3 : BundleFiles.FORMAT_V4;
        return new BundleManifest(format, bundle.generatedAt(), bundle.generatedBy(), entries.size(),
                empty ? null : entries.get(0).sequence(), empty ? null : entries.get(entries.size() - 1).sequence(),
                empty ? ChainHash.GENESIS : entries.get(entries.size() - 1).hash(), sha256);
    }

    /**
     * The name the bundle is downloaded under, {@code fund-ledger-<yyyyMMddTHHmmssZ>.zip} with
     * {@code generated-at} in UTC, so the API and the portal name the same export the same way.
     */
    public String fileName() {
        return "fund-ledger-" + FILE_NAME_TIME.format(generatedAt) + ".zip";
    }

    /** The file's text, keys in the documented order. */
    public String text() {
        StringBuilder s = new StringBuilder(512);
        line(s, FORMAT, format);
        line(s, CANONICAL_FORM, CanonicalForm.VERSION);
        line(s, GENERATED_AT, CanonicalForm.instant(generatedAt));
        line(s, GENERATED_BY, generatedBy);
        line(s, ENTRIES, Long.toString(entries));
        line(s, FIRST, firstSequence == null ? "-" : firstSequence.toString());
        line(s, LAST, lastSequence == null ? "-" : lastSequence.toString());
        line(s, HEAD, headHash);
        sha256.forEach((file, hash) -> line(s, SHA256 + file, hash));
        return s.toString();
    }

    private static void line(StringBuilder s, String key, String value) {
        s.append(key).append(": ").append(value).append('\n');
    }

    /**
     * Reads a manifest strictly: every key once, no unknown key, a known version of the bundle and
     * version 1 of the canonical form, and exactly the files of that version: its data files
     * (version 3 adds {@code exchange-rates.csv}, version 4 {@code checkpoints.csv} and
     * {@code checkpoint-key.pem}) and, from version 2, any certificates.
     */
    public static BundleManifest parse(byte[] bytes) {
        String file = BundleFiles.MANIFEST;
        String text = Csv.utf8(file, bytes);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new BundleFormatException(file, (int) text.lines().count(), "the last line does not end in LF");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Integer> hashLines = new LinkedHashMap<>();
        String body = text.isEmpty() ? "" : text.substring(0, text.length() - 1);
        int number = 0;
        for (String line : body.isEmpty() ? new String[0] : body.split("\n", -1)) {
            number++;
            if (line.indexOf('\r') >= 0) {
                throw new BundleFormatException(file, number, "has a CR (lines end in LF only)");
            }
            int colon = line.indexOf(": ");
            if (colon < 1) {
                throw new BundleFormatException(file, number, "expected 'key: value' but found '" + line + "'");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (key.startsWith(SHA256)) {
                String name = key.substring(SHA256.length());
                if (hashes.put(name, Fields.hash(file, number, key, value)) != null) {
                    throw new BundleFormatException(file, number, "lists " + name + " twice");
                }
                hashLines.put(name, number);
            } else if (KEYS.contains(key)) {
                if (values.put(key, value) != null) {
                    throw new BundleFormatException(file, number, "has '" + key + "' twice");
                }
                lines.put(key, number);
            } else {
                throw new BundleFormatException(file, number, "unknown key '" + key + "'");
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new BundleFormatException(file, 0, "has no '" + key + "'");
            }
        }
        String format = values.get(FORMAT);
        if (!BundleFiles.FORMATS.contains(format)) {
            throw new BundleFormatException(file, lines.get(FORMAT), "the format is '" + format
                    + "' but this verifier reads " + String.join(", ", BundleFiles.FORMATS));
        }
        for (var listed : hashLines.entrySet()) {
            String name = listed.getKey();
            if (BundleFiles.FORMAT_V1.equals(format) && BundleFiles.certificateRound(name) != null) {
                throw new BundleFormatException(file, lines.get(FORMAT), BundleFiles.FORMAT_V1
                        + " holds no allocation certificates");
            }
            if (!BundleFiles.isListed(format, name)) {
                throw new BundleFormatException(file, listed.getValue(), "lists '" + name + "', which is not a file of "
                        + format);
            }
        }
        List<String> dataFiles = BundleFiles.dataFiles(format);
        Set<String> missing = new HashSet<>(dataFiles);
        missing.removeAll(hashes.keySet());
        if (!missing.isEmpty()) {
            throw new BundleFormatException(file, 0, "does not list the SHA-256 of " + String.join(", ",
                    dataFiles.stream().filter(missing::contains).toList()));
        }
        if (!CanonicalForm.VERSION.equals(values.get(CANONICAL_FORM))) {
            throw new BundleFormatException(file, lines.get(CANONICAL_FORM), "the canonical form is '"
                    + values.get(CANONICAL_FORM) + "' but this verifier computes " + CanonicalForm.VERSION);
        }
        return new BundleManifest(format,
                Fields.instant(file, lines.get(GENERATED_AT), GENERATED_AT, values.get(GENERATED_AT)),
                values.get(GENERATED_BY),
                Fields.number(file, lines.get(ENTRIES), ENTRIES, values.get(ENTRIES)),
                optionalSequence(lines.get(FIRST), FIRST, values.get(FIRST)),
                optionalSequence(lines.get(LAST), LAST, values.get(LAST)),
                Fields.hash(file, lines.get(HEAD), HEAD, values.get(HEAD)),
                hashes);
    }

    private static Long optionalSequence(int line, String key, String value) {
        return "-".equals(value) ? null : Fields.positive(BundleFiles.MANIFEST, line, key, value);
    }

    /** The manifest's bytes as written to the bundle (UTF-8). */
    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
