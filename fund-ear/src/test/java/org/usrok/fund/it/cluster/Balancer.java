package org.usrok.fund.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of the nodes, configured as docs/operations.md describes:
 * round robin for new clients, a session's requests to the node its cookie's route names
 * ({@code JSESSIONID=<id>.<node>}) while that node is up, and to another node once its health
 * check fails, where the replicated session continues.
 */
final class Balancer {

    private final int port;
    private final Path config;
    private Process process;

    Balancer(int port, Path dir, List<ClusterNode> nodes) {
        this.port = port;
        this.config = dir.resolve("haproxy.cfg");
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    retries 3
                    option redispatch
                frontend fund
                """);
        cfg.append("    bind 127.0.0.1:").append(port).append('\n');
        cfg.append("""
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /fund/api/me
                    http-check expect status 401
                """);
        for (ClusterNode node : nodes) {
            cfg.append("    use-server ").append(node.name()).append(" if { req.cook(JSESSIONID) -m end .")
                    .append(node.name()).append(" }\n");
        }
        for (ClusterNode node : nodes) {
            cfg.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.httpPort())
                    .append(" check inter 1s fall 1 rise 1\n");
        }
        try {
            Files.writeString(config, cfg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI portal() {
        return URI.create("http://127.0.0.1:" + port + "/fund/");
    }

    void start() {
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("fund.cluster.haproxy", "haproxy"), "-db",
                "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.resolveSibling("haproxy.log").toFile()));
        try {
            process = builder.start();
            if (process.waitFor(1, TimeUnit.SECONDS)) {
                throw new IllegalStateException("HAProxy stopped at once (exit " + process.exitValue() + "); see "
                        + config.resolveSibling("haproxy.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start HAProxy (apt-get install haproxy)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        if (process != null) {
            process.destroy();
            process = null;
        }
    }
}
