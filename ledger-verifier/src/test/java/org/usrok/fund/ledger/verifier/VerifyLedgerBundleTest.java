package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in process: its arguments, its output and its exit codes. */
class VerifyLedgerBundleTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyLedgerBundle.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    @Test
    void aGoodBundleIsOk(@TempDir Path dir) throws IOException {
        Path bundle = LargeBundles.write(dir, 3, 0);

        Run run = run(bundle.toString());

        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(run.out()).startsWith("OK: 3 entries, head ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyProblemIsCountedAndTheFirstOnesPrinted(@TempDir Path dir) throws IOException {
        Path bundle = LargeBundles.write(dir, 5, 2);

        Run all = run("--all-findings", bundle.toString());
        Run none = run("--max-findings", "0", bundle.toString());

        assertThat(all.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(all.out()).isEqualTo(lines(
                "BAD: journal.csv, entry 2: the hash chain breaks: hash does not match the entry's content",
                "FAILED: 1 problem in " + bundle));
        assertThat(none.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(none.out()).isEqualTo(lines(
                "... and 1 more (--max-findings N or --all-findings to print them)",
                "FAILED: 1 problem in " + bundle));
    }

    @Test
    void aWrongCallOrAnUnreadableFileIsNotChecked(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip\n");

        assertThat(run().exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(run().err()).startsWith(lines("no bundle named", "usage: java -jar fund-ledger-verifier.jar"
                + " [--max-findings N | --all-findings] <bundle.zip>").trim());
        assertThat(run("--max-findings", "-1", "b.zip").err()).startsWith("--max-findings is '-1' but must be a "
                + "whole number from 0");
        assertThat(run("--max-findings").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(run("a.zip", "b.zip").err()).startsWith("unexpected argument 'b.zip'");
        assertThat(run("--fast", "a.zip").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        Run missing = run(dir.resolve("nothing.zip").toString());
        assertThat(missing.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(missing.err()).contains("no such file");
        Run notZip = run(text.toString());
        assertThat(notZip.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(notZip.err()).contains("not a ZIP file");
    }

    @Test
    void versionNamesTheBuildAndTheFormatsRead() {
        Run run = run("--version");

        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(run.out()).startsWith("fund-ledger-verifier " + VerifierVersion.current().version() + " (commit ")
                .endsWith("), reads fund-ledger-bundle-v4, fund-ledger-bundle-v3, fund-ledger-bundle-v2, fund-ledger-bundle-v1"
                        + System.lineSeparator());
        assertThat(VerifierVersion.current().version()).isNotEqualTo(VerifierVersion.UNKNOWN);
        assertThat(run("--version", "b.zip").exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
    }
}
