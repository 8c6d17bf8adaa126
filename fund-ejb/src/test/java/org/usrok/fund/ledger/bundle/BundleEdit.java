package org.usrok.fund.ledger.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tampers with a written bundle the way a person with a text editor and a ZIP tool would: edit
 * a file's text or its CSV rows, optionally put the edited file's new SHA-256 into the manifest
 * (as a careful forger would), and zip it again.
 */
final class BundleEdit {

    private final Map<String, byte[]> files;

    private BundleEdit(Map<String, byte[]> files) {
        this.files = files;
    }

    static BundleEdit of(byte[] zip) {
        try {
            return new BundleEdit(new LinkedHashMap<>(LedgerBundleReader.files(new ByteArrayInputStream(zip))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    BundleEdit text(String file, UnaryOperator<String> change) {
        files.put(file, change.apply(text(file)).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Replaces the only occurrence of {@code target}, failing if there is not exactly one. */
    BundleEdit replaceOnce(String file, String target, String replacement) {
        String text = text(file);
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException(file + " does not contain '" + target + "' exactly once");
        }
        files.put(file, (text.substring(0, at) + replacement + text.substring(at + target.length()))
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The records after the header, each a mutable list of fields. */
    List<List<String>> rows(String file) {
        List<List<String>> rows = new ArrayList<>();
        for (Csv.Row row : Csv.read(file, files.get(file), header(file))) {
            rows.add(new ArrayList<>(row.fields()));
        }
        return rows;
    }

    BundleEdit rows(String file, List<List<String>> rows) {
        Csv.Writer csv = new Csv.Writer(header(file));
        rows.forEach(csv::row);
        files.put(file, csv.bytes());
        return this;
    }

    private static List<String> header(String file) {
        return switch (file) {
            case BundleFiles.ACCOUNTS -> BundleFiles.ACCOUNTS_HEADER;
            case BundleFiles.JOURNAL -> BundleFiles.JOURNAL_HEADER;
            case BundleFiles.HASHES -> BundleFiles.HASHES_HEADER;
            case BundleFiles.BALANCES -> BundleFiles.BALANCES_HEADER;
            case BundleFiles.EXCHANGE_RATES -> BundleFiles.EXCHANGE_RATES_HEADER;
            case BundleFiles.CHECKPOINTS -> BundleFiles.CHECKPOINTS_HEADER;
            case BundleFiles.MONEY_RECORDS -> BundleFiles.MONEY_RECORDS_HEADER;
            default -> throw new IllegalArgumentException(file);
        };
    }

    /** Writes the file's current SHA-256 into the manifest. */
    BundleEdit rehash(String file) {
        String line = "sha256 " + file + ": ";
        return text(BundleFiles.MANIFEST, manifest -> manifest.replaceAll("(?m)^" + java.util.regex.Pattern.quote(line)
                + "[0-9a-f]{64}$", line + LedgerBundleWriter.sha256(files.get(file))));
    }

    BundleEdit remove(String file) {
        files.remove(file);
        return this;
    }

    BundleEdit add(String file, String text) {
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    BundleVerifier.Report verify() {
        return verify(BundleAnchors.NONE);
    }

    BundleVerifier.Report verify(BundleAnchors anchors) {
        try {
            return BundleVerifier.verify(new ByteArrayInputStream(zip()), anchors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
