package org.usrok.fund.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One WildFly node of the test cluster: the provisioned cluster server started with its own base
 * directory ({@code standalone/} copied), node name and port offset, as an operator would start it
 * ({@code bin/standalone.sh}), and killed like a crashed machine ({@code kill -9} of its JVM).
 */
final class ClusterNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** JGroups' view when the node joins, and Infinispan's members after a rebalance. */
    private static final Pattern VIEW = Pattern.compile(
            "with view: \\[[^]]*] \\((\\d+)\\)|Finished rebalance with members \\[([^]]*)]");

    private final String name;
    private final int offset;
    private final Path home;
    private final Path baseDir;
    private final List<String> serverArgs;
    private Process process;
    private long logOffset;

    ClusterNode(String name, int offset, Path home, Path baseDir, List<String> serverArgs) {
        this.name = name;
        this.offset = offset;
        this.home = home;
        this.baseDir = baseDir;
        this.serverArgs = List.copyOf(serverArgs);
    }

    String name() {
        return name;
    }

    /** The node's own portal, e.g. {@code http://127.0.0.1:8580/fund/}. */
    URI portal() {
        return URI.create("http://127.0.0.1:" + httpPort() + "/fund/");
    }

    int httpPort() {
        return 8080 + offset;
    }

    /** The node's JGroups TCP port (socket binding jgroups-tcp plus the offset). */
    int jgroupsPort() {
        return 7600 + offset;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void start() {
        if (isRunning()) {
            return;
        }
        logOffset = logLength();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir);
        command.add("-Djboss.node.name=" + name);
        command.add("-Djboss.tx.node.identifier=" + name);
        command.add("-Djboss.socket.binding.port-offset=" + offset);
        command.addAll(serverArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m");
        builder.environment().put("JBOSS_HOME", home.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the application answers on the node's own port (401 from the API without credentials). */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(portal().resolve("api/me")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!isRunning()) {
                throw new IllegalStateException(name + " stopped while starting; see " + baseDir.resolve("console.log"));
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(250);
        }
        throw new IllegalStateException(name + " did not deploy the fund within " + timeout + "; see "
                + baseDir.resolve("console.log"));
    }

    /** Waits until the node, since it was last started, has seen a cluster of {@code members} members (its log). */
    void awaitView(int members, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (latestViewSize() == members) {
                return;
            }
            pause(250);
        }
        throw new IllegalStateException(name + " did not see a cluster of " + members + " within " + timeout
                + " (latest view: " + latestViewSize() + ")");
    }

    private int latestViewSize() {
        Path log = baseDir.resolve("log/server.log");
        if (!Files.exists(log)) {
            return 0;
        }
        try {
            byte[] bytes = Files.readAllBytes(log);
            int from = (int) Math.min(logOffset, bytes.length);
            Matcher matcher = VIEW.matcher(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
            int size = 0;
            while (matcher.find()) {
                size = matcher.group(1) != null ? Integer.parseInt(matcher.group(1))
                        : matcher.group(2).split(",").length;
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of the node's log that say a session attribute could not be marshalled or replicated. */
    List<String> logProblems() {
        Path log = baseDir.resolve("log/server.log");
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("NotSerializableException") || line.contains("not serializable")
                    || line.contains("Failed to marshal") || line.contains("is not marshallable")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the node's server log, its rotated files included, that contain {@code text}. */
    List<String> logLinesContaining(String text) {
        List<String> found = new ArrayList<>();
        try (var files = Files.list(baseDir.resolve("log"))) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    lines.filter(line -> line.contains(text)).forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private long logLength() {
        try {
            Path log = baseDir.resolve("log/server.log");
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9} of the node's JVM (and of the script that started it): no shutdown, no goodbye to the cluster. */
    void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> jvm = process.descendants().toList();
        jvm.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            jvm.forEach(p -> p.onExit().join());
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        process = null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
