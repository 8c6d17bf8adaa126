package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in process: its arguments, its output and its exit codes. */
class VerifyLedgerBundleTest {

    private static InProcessRun run(String... args) {
        return InProcessRun.of(args);
    }

    private static String lines(String... lines) {
        return InProcessRun.lines(lines);
    }

    @Test
    void aGoodBundleIsOk(@TempDir Path dir) throws IOException {
        Path bundle = LargeBundles.write(dir, 3, 0);

        InProcessRun run = run(bundle.toString());

        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(run.out()).startsWith("OK: 3 entries, head ").contains(System.lineSeparator()
                + "Independent chain check (from docs/ledger.md, no shared code): 3 entries, head ")
                .endsWith(": OK" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyProblemIsCountedAndTheFirstOnesPrinted(@TempDir Path dir) throws IOException {
        Path bundle = LargeBundles.write(dir, 5, 2);

        InProcessRun all = run("--all-findings", bundle.toString());
        InProcessRun none = run("--max-findings", "0", bundle.toString());

        InProcessRun one = run("--max-findings", "1", bundle.toString());

        assertThat(all.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(all.out()).matches(lines(
                "BAD: journal.csv, entry 2: the hash chain breaks: hash does not match the entry's content",
                "BAD: independent chain check: journal.csv, entry 2 \\(line 4\\): the hash recomputed from the "
                        + "documented canonical form is [0-9a-f]{64}, not the stored [0-9a-f]{64}",
                "Independent chain check \\(from docs/ledger.md, no shared code\\): 5 entries, FAILED with 1 problem",
                "FAILED: 2 problems in " + Pattern.quote(bundle.toString())));
        assertThat(none.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(none.out()).isEqualTo(lines(
                "... and 2 more (--max-findings N or --all-findings to print them)",
                "Independent chain check (from docs/ledger.md, no shared code): 5 entries, FAILED with 1 problem",
                "FAILED: 2 problems in " + bundle));
        assertThat(one.out()).startsWith(lines(
                "BAD: journal.csv, entry 2: the hash chain breaks: hash does not match the entry's content",
                "... and 1 more (--max-findings N or --all-findings to print them)"));
    }

    @Test
    void aWrongCallOrAnUnreadableFileIsNotChecked(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip\n");

        assertThat(run().exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(run().err()).startsWith(lines("no bundle named", "usage: java -jar fund-ledger-verifier.jar"
                + " [--max-findings N | --all-findings] [--public-key FILE] [--anchor SEQ:HASH]... "
                + "[--anchor-bundle PREVIOUS.zip]... [--anchor-checkpoint FILE]... <bundle.zip>").trim());
        assertThat(run("--max-findings", "-1", "b.zip").err()).startsWith("--max-findings is '-1' but must be a "
                + "whole number from 0");
        assertThat(run("--max-findings").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(run("a.zip", "b.zip").err()).startsWith("unexpected argument 'b.zip'");
        assertThat(run("--fast", "a.zip").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        InProcessRun missing = run(dir.resolve("nothing.zip").toString());
        assertThat(missing.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(missing.err()).contains("no such file");
        InProcessRun notZip = run(text.toString());
        assertThat(notZip.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(notZip.err()).contains("not a ZIP file");
    }

    @Test
    void versionNamesTheBuildAndTheFormatsRead() {
        InProcessRun run = run("--version");

        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(run.out()).startsWith("fund-ledger-verifier " + VerifierVersion.current().version() + " (commit ")
                .endsWith("), reads fund-ledger-bundle-v4, fund-ledger-bundle-v3, fund-ledger-bundle-v2, fund-ledger-bundle-v1"
                        + System.lineSeparator());
        assertThat(VerifierVersion.current().version()).isNotEqualTo(VerifierVersion.UNKNOWN);
        assertThat(run("--version", "b.zip").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
    }
}
