package org.usrok.fund.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The test cluster: two nodes of the provisioned cluster server (fund-ear/target/cluster-server)
 * on one fresh PostgreSQL database with the demo data, behind HAProxy. Started once per test run
 * (the first test class that asks for it) and stopped when the test JVM ends; every test class
 * calls {@link #up()}, which restarts a node an earlier test killed, so no test depends on another.
 */
final class FundCluster {

    /** How long a node may take to start: about 30 s on a quiet machine, over 300 s seen at load average 20 on 2 cores. */
    static final Duration BOOT = Duration.ofSeconds(480);
    /** The nodes' review SLA (the fund's default). */
    static final int REVIEW_SLA_DAYS = 10;
    /** The nodes' cadence of review-SLA checks. */
    static final int SLA_CHECK_MINUTES = 1;
    private static final Logger LOG = Logger.getLogger(FundCluster.class.getName());
    private static FundCluster running;

    private final List<ClusterNode> nodes = new ArrayList<>();
    private final Balancer balancer;

    private FundCluster() {
        Path home = Path.of(required("fund.cluster.home"));
        Path work = home.resolveSibling("cluster-nodes");
        deleteTree(work);
        List<Integer> offsets = Arrays.stream(required("fund.cluster.offsets").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String members = offsets.stream().map(o -> "127.0.0.1[" + (7600 + o) + "]").collect(Collectors.joining(","));
        List<String> args = new ArrayList<>(List.of(
                "-Dfund.demo=true",
                "-Dfund.cluster.members=" + members,
                "-Dfund.db.driver=postgresql",
                "-Dfund.db.url=" + required("fund.cluster.pg.url"),
                "-Dfund.db.owner.user=" + required("fund.cluster.pg.user"),
                "-Dfund.db.owner.password=" + required("fund.cluster.pg.password"),
                "-Dfund.db.user=fund_app",
                "-Dfund.db.password=fund-app",
                "-Dfund.checkpoint.keystore=" + work.resolve("fund-checkpoint.p12"),
                "-Dfund.checkpoint.keystore.password=cluster-suite"));
        // ReviewSlaOnceIT: a review-SLA check every minute, so that a test sees several
        args.add("-Dfund.claims.review-sla-check-minutes=" + SLA_CHECK_MINUTES);
        args.add("-Dfund.claims.review-sla-days=" + REVIEW_SLA_DAYS);
        for (int i = 0; i < offsets.size(); i++) {
            Path base = work.resolve("node" + (i + 1));
            copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
            copyTree(home.resolve("standalone/deployments"), base.resolve("deployments"));
            try {
                Files.copy(Path.of(required("fund.ear")), base.resolve("deployments/fund.ear"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nodes.add(new ClusterNode("node" + (i + 1), offsets.get(i), home, base, args));
        }
        balancer = new Balancer(Integer.getInteger("fund.cluster.balancer.port", 8590), work, nodes);
    }

    /** The running cluster with every node up, started on first use. */
    static synchronized FundCluster up() {
        if (running == null) {
            FundCluster cluster = new FundCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "fund-cluster-stop"));
            cluster.start();
            running = cluster;
        }
        running.ensureAllUp();
        return running;
    }

    private void start() {
        long started = System.nanoTime();
        emptyDatabase();
        // the first node migrates the empty database and seeds the demo data alone; the others join then
        nodes.get(0).start();
        nodes.get(0).awaitReady(BOOT);
        LOG.info(() -> "Cluster suite: first node up after " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        balancer.start();
        ensureAllUp();
        LOG.info(() -> "Cluster suite: " + nodes.size() + " nodes up after "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
    }

    /** Starts every node that is not running and waits until all serve the fund and the started ones joined the others. */
    void ensureAllUp() {
        List<ClusterNode> stopped = nodes.stream().filter(node -> !node.isRunning()).toList();
        stopped.forEach(ClusterNode::start);
        nodes.forEach(node -> node.awaitReady(BOOT));
        if (stopped.size() < nodes.size()) {
            stopped.forEach(node -> node.awaitView(nodes.size(), Duration.ofSeconds(60)));
        }
    }

    List<ClusterNode> nodes() {
        return nodes;
    }

    ClusterNode node(int index) {
        return nodes.get(index);
    }

    /** The portal behind the balancer. */
    URI portal() {
        return balancer.portal();
    }

    private void stop() {
        balancer.stop();
        nodes.forEach(ClusterNode::kill);
    }

    private static void emptyDatabase() {
        String url = required("fund.cluster.pg.url");
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(required("fund.cluster.pg.admin.url"),
                required("fund.cluster.pg.user"), required("fund.cluster.pg.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate the cluster suite's database " + name, e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is missing: run with -Pcluster");
        }
        return value;
    }

    private static void copyTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
