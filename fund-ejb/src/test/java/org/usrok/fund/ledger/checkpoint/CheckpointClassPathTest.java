package org.usrok.fund.ledger.checkpoint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkpoint text, signing, keystore and checks reach only pure classes (no Jakarta EE,
 * Hibernate or MicroProfile type, not even in an annotation), so an offline verifier can use them
 * with nothing but the JDK and the EJB jar.
 */
class CheckpointClassPathTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern PROJECT_CLASS = Pattern.compile("org/usrok/fund/[A-Za-z0-9_/$]+");
    private static final Pattern CONTAINER_API = Pattern.compile("(jakarta|javax/(ejb|persistence|ws)|org/hibernate"
            + "|org/eclipse/microprofile)/[A-Za-z0-9_/$]+");

    @Test
    void theOfflineCheckpointClassesReachNoContainerApi() throws IOException {
        Set<String> reached = new TreeSet<>();
        Set<String> offending = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(name(CheckpointText.class), name(CheckpointSigning.class),
                name(CheckpointKeyStore.class), name(CheckpointChecks.class)));
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

        assertThat(reached).contains("org/usrok/fund/ledger/CanonicalForm", "org/usrok/fund/ledger/ChainHash",
                "org/usrok/fund/ledger/checkpoint/CheckpointFinding");
        assertThat(offending).isEmpty();
    }

    private static String name(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
