package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier and the bundle writer reach only pure classes: following every
 * {@code org/usrok/fund} class named in their class files (constant pool and signatures alike),
 * none of them names a Jakarta EE, Hibernate or MicroProfile type, not even in an annotation.
 * So {@code java -jar fund-ledger-verifier.jar} cannot fail for a missing container
 * class, whichever code path a bundle takes it down.
 */
class VerifierClassPathTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern PROJECT_CLASS = Pattern.compile("org/usrok/fund/[A-Za-z0-9_/$]+");
    private static final Pattern CONTAINER_API = Pattern.compile("(jakarta|javax/(ejb|persistence|ws)|org/hibernate"
            + "|org/eclipse/microprofile)/[A-Za-z0-9_/$]+");

    @Test
    void theVerifierAndWriterReachNoContainerApi() throws IOException {
        Set<String> reached = new TreeSet<>();
        Set<String> offending = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(java.util.List.of(
                name(BundleVerifier.class), name(LedgerBundleWriter.class), name(LedgerBundleReader.class)));
        while (!queue.isEmpty()) {
            String type = queue.pop();
            Path file = CLASSES.resolve(type + ".class");
            if (!reached.add(type) || !Files.isRegularFile(file)) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher api = CONTAINER_API.matcher(text);
            while (api.find()) {
                offending.add(type + " -> " + api.group());
            }
            Matcher project = PROJECT_CLASS.matcher(text);
            while (project.find()) {
                queue.add(project.group());
            }
        }

        assertThat(reached).contains("org/usrok/fund/allocation/verifier/CertificateVerifier",
                "org/usrok/fund/ledger/CanonicalForm",
                "org/usrok/fund/ledger/ChainHash", "org/usrok/fund/ledger/JournalEntryRecord",
                "org/usrok/fund/ledger/JournalLine", "org/usrok/fund/shared/Money",
                "org/usrok/fund/ledger/bundle/BundleCheckpointCheck");
        assertThat(reached).as("the checkpoint checks share no code with the server's checkpoints they check")
                .noneMatch(type -> type.startsWith("org/usrok/fund/ledger/checkpoint/"));
        assertThat(offending).isEmpty();
    }

    private static String name(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
