package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as an auditor runs it, {@code java -jar fund-ledger-verifier.jar}, with nothing else on
 * the class path: its exit codes (0 verified, 1 tampered, 2 not checked) and {@code --version}.
 */
class VerifierJarTest {

    @Test
    void aGoodBundleExitsZeroWithTheOkLine(@TempDir Path dir) throws IOException, InterruptedException {
        Path bundle = LargeBundles.write(dir, 5, 0);

        JarRuns.Run run = JarRuns.java(bundle.toString());

        assertThat(run.output()).startsWith("OK: 5 entries, head ").contains("Independent chain check (from "
                + "docs/ledger.md, no shared code): 5 entries, head ");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aTamperedBundleExitsOneNamingEveryBadEntry(@TempDir Path dir) throws IOException, InterruptedException {
        Path bundle = LargeBundles.write(dir, 5, 4);

        JarRuns.Run run = JarRuns.java(bundle.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("BAD: journal.csv, entry 4: the hash chain breaks: hash does not match the "
                + "entry's content").contains("BAD: independent chain check: journal.csv, entry 4 (line 8): the hash "
                + "recomputed from the documented canonical form is ").contains("FAILED: 2 problems in ");
    }

    @Test
    void aWrongCallOrAFileThatIsNoZipExitsTwo(@TempDir Path dir) throws IOException, InterruptedException {
        JarRuns.Run usage = JarRuns.java();
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).contains("usage: java -jar fund-ledger-verifier.jar");

        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip\n");
        JarRuns.Run notZip = JarRuns.java(text.toString());
        assertThat(notZip.exit()).isEqualTo(2);
        assertThat(notZip.output()).contains("not a ZIP file");
    }

    @Test
    void versionPrintsTheProjectVersionAndTheCommit() throws IOException, InterruptedException {
        JarRuns.Run run = JarRuns.java("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.output()).matches("fund-ledger-verifier [0-9][^ ]* \\(commit ([0-9a-f]{40}|unknown)\\), reads "
                + "fund-ledger-bundle-v4, fund-ledger-bundle-v3, fund-ledger-bundle-v2, fund-ledger-bundle-v1\\R");
    }
}
