package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as an auditor runs it: {@code main} in its own JVM with nothing but the module's
 * compiled classes on the class path (no Jakarta EE API, no test libraries), so a class that
 * drags in a container API fails here rather than on the auditor's machine.
 */
class VerifyLedgerBundleProcessTest {

    private static final Path CLASSES = Path.of("target", "classes").toAbsolutePath();

    private record Run(int exit, String output) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CLASSES.toString(), VerifyLedgerBundle.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the verifier finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void aGoodBundleExitsZeroWithTheOkLine(@TempDir Path dir) throws IOException, InterruptedException {
        Path bundle = Files.write(dir.resolve("fund-ledger.zip"), BundleFixtures.bytes());

        Run run = java(bundle.toString());

        assertThat(run.output()).isEqualTo("OK: 5 entries, head " + BundleFixtures.chain().get(4).hash()
                + System.lineSeparator());
        assertThat(run.exit()).isZero();
    }

    @Test
    void aTamperedBundleExitsOneNamingTheEntry(@TempDir Path dir) throws IOException, InterruptedException {
        byte[] tampered = BundleEdit.of(BundleFixtures.bytes())
                .replaceOnce("journal.csv", ",D,KRW,1300000000,", ",D,KRW,1300000001,").rehash("journal.csv").zip();
        Path bundle = Files.write(dir.resolve("tampered.zip"), tampered);

        Run run = java(bundle.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("BAD: journal.csv, entry 2: the hash chain breaks: hash does not match the "
                + "entry's content").contains("FAILED: ");
    }

    @Test
    void noArgumentOrAnUnreadableFileExitsTwo(@TempDir Path dir) throws IOException, InterruptedException {
        Run usage = java();
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.output()).startsWith("usage: java -cp fund-ejb.jar org.usrok.fund.ledger.bundle.VerifyLedgerBundle");

        Run missing = java(dir.resolve("nothing.zip").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.output()).contains("no such file");

        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip\n");
        Run notZip = java(text.toString());
        assertThat(notZip.exit()).isEqualTo(2);
        assertThat(notZip.output()).contains("not a ZIP file");
    }

    @Test
    void runReportsEveryProblemAndTheirCountInProcess(@TempDir Path dir) throws IOException {
        Path bundle = Files.write(dir.resolve("b.zip"), BundleEdit.of(BundleFixtures.bytes()).remove("hashes.csv").zip());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = VerifyLedgerBundle.run(new String[] {bundle.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("BAD: hashes.csv: is missing from the bundle"
                + System.lineSeparator() + "FAILED: 1 problem in " + bundle + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
