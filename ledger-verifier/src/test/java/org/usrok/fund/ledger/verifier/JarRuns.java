package org.usrok.fund.ledger.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the shaded jar the build just made ({@code verifier.jar}, set by the pom) in its own JVM,
 * {@code java [jvm options] -jar fund-ledger-verifier.jar [args]}, as an auditor would. Before the
 * package phase there is no jar, and these tests are skipped.
 */
final class JarRuns {

    record Run(int exit, String output) {
    }

    private JarRuns() {
    }

    static Path jar() {
        String jar = System.getProperty("verifier.jar");
        assumeTrue(jar != null, "the jar's tests run in the package phase, once it is built (the pom names it "
                + "in verifier.jar there); skipped when -Dtest= also runs them in the test phase");
        Path path = Path.of(jar);
        assertThat(path).isRegularFile();
        return path;
    }

    static Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    static Run java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }
}
