package org.usrok.fund.ledger.verifier.independent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent check against the document itself: the worked example of docs/ledger.md (its
 * canonical text and its hash, read from the file) comes out of the check's own canonical form
 * and hash, directly and through a bundle whose {@code journal.csv} is written by hand in the
 * documented CSV dialect. No application code is involved.
 */
class SpecChainCheckTest {

    private static final Path LEDGER_MD = Path.of("..", "docs", "ledger.md");

    /** The worked example's fields, as docs/ledger.md lists them. */
    private static final SpecChainCheck.Entry WORKED_EXAMPLE = new SpecChainCheck.Entry("1",
            "contribution-receipt-US-1", "2026-11-28", "2026-11-28T09:30:00.123456Z", "round 1", "us.officer1",
            "U.S. contribution | wire 100%", "", SpecChainCheck.ZEROS, null,
            List.of(new SpecChainCheck.Line("1", "1200-USD", "D", "USD", "1000000.00"),
                    new SpecChainCheck.Line("2", "1100-USD", "C", "USD", "1000000.00")));

    /** The first code block after "### Worked example": the canonical text. */
    private static String documentedText() throws IOException {
        String doc = Files.readString(LEDGER_MD, StandardCharsets.UTF_8);
        int section = doc.indexOf("### Worked example");
        int start = doc.indexOf("```\n", section) + 4;
        return doc.substring(start, doc.indexOf("```\n", start));
    }

    /** The line after "| sha256sum" in the worked example: the documented hash. */
    private static String documentedHash() throws IOException {
        String doc = Files.readString(LEDGER_MD, StandardCharsets.UTF_8);
        int command = doc.indexOf("| sha256sum\n", doc.indexOf("### Worked example")) + "| sha256sum\n".length();
        return doc.substring(command, doc.indexOf('\n', command));
    }

    @Test
    void theWorkedExampleGivesTheDocumentedTextAndHash() throws IOException {
        String text = SpecChainCheck.canonicalText(WORKED_EXAMPLE);

        assertThat(documentedText()).startsWith("fund-ledger-entry-v1\nsequence:1\n").hasLineCount(11);
        assertThat(text).isEqualTo(documentedText());
        assertThat(documentedHash()).matches("[0-9a-f]{64}");
        assertThat(SpecChainCheck.hash(SpecChainCheck.ZEROS, text)).isEqualTo(documentedHash());
    }

    @Test
    void escapingIsExactlyTheFourDocumentedCharacters() {
        assertThat(SpecChainCheck.escape("a%b|c\nd\re")).isEqualTo("a%25b%7Cc%0Ad%0De");
        assertThat(SpecChainCheck.escape("%7C 한글 , \" \\ \t")).isEqualTo("%257C 한글 , \" \\ \t");
    }

    @Test
    void theWorkedExampleAsABundleVerifiesToTheDocumentedHead(@TempDir Path dir) throws IOException {
        String hash = documentedHash();
        String fields = "1,contribution-receipt-US-1,2026-11-28,2026-11-28T09:30:00.123456Z,round 1,us.officer1,"
                + "U.S. contribution | wire 100%,,";
        String journal = String.join(",", SpecChainCheck.JOURNAL_COLUMNS) + "\n"
                + fields + "1,1200-USD,D,USD,1000000.00," + SpecChainCheck.ZEROS + "," + hash + "\n"
                + fields + "2,1100-USD,C,USD,1000000.00," + SpecChainCheck.ZEROS + "," + hash + "\n";
        Path bundle = zip(dir.resolve("worked-example.zip"), manifest(1, hash), journal);
        Path wrongHead = zip(dir.resolve("wrong-head.zip"), manifest(1, SpecChainCheck.ZEROS), journal);
        Path crlf = zip(dir.resolve("crlf.zip"), manifest(1, hash), journal.replace("\n", "\r\n"));

        SpecChainCheck.Result result = SpecChainCheck.check(bundle, 10);

        assertThat(result.findings()).isEmpty();
        assertThat(result.headHash()).isEqualTo(hash);
        assertThat(SpecChainCheck.check(wrongHead, 10).findings()).containsExactly("manifest.txt: head-hash is "
                + SpecChainCheck.ZEROS + " but journal.csv's last entry has " + hash);
        assertThat(SpecChainCheck.check(crlf, 10).findings()).containsExactly("journal.csv, line 1: a CR outside a "
                + "quoted field (records end in LF only) (the rest of the file is not checked)");
    }

    @Test
    void anEmptyJournalHasTheZeroHead(@TempDir Path dir) throws IOException {
        Path bundle = zip(dir.resolve("empty.zip"), manifest(0, SpecChainCheck.ZEROS),
                String.join(",", SpecChainCheck.JOURNAL_COLUMNS) + "\n");

        SpecChainCheck.Result result = SpecChainCheck.check(bundle, 10);

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isZero();
        assertThat(result.headHash()).isEqualTo(SpecChainCheck.ZEROS);
    }

    private static String manifest(int entries, String head) {
        return "format: fund-ledger-bundle-v3\ncanonical-form: fund-ledger-entry-v1\n"
                + "generated-at: 2026-12-01T10:00:00.000000Z\ngenerated-by: auditor1\nentries: " + entries
                + "\nhead-hash: " + head + "\n";
    }

    private static Path zip(Path file, String manifest, String journal) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("manifest.txt"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("journal.csv"));
            out.write(journal.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }
}
