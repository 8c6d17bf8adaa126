package org.usrok.fund.it.cluster;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the node that is releasing a disbursement batch, repeated
 * ({@code fund.cluster.kill.rounds}, default 20): the test watches PostgreSQL until the release's
 * transaction holds the batch's row lock, then kills the node 0 to 300 ms later, a different
 * moment of the transaction each round (some kills land after the commit).
 * After each kill, on the surviving node: the batch is all-or-nothing (released with every payment
 * and its ledger entry, or still prepared with none), the ledger balances per currency, the hash
 * chain verifies, every money record reconciles with its entry and no claim's share is in two live
 * payments. The officer then retries the release with the same Idempotency-Key on the surviving
 * node, as a client whose request was cut off would: the batch ends released exactly once (the
 * first answer replayed when the killed node had committed). The payments are then returned and
 * the companies' accounts replaced, so the next round pays the same shares again. The killed node
 * boots while the next round kills the other one, so two rounds take about one boot.
 */
class KillDuringReleaseIT {

    private static final Logger LOG = Logger.getLogger(KillDuringReleaseIT.class.getName());
    private static final int ROUNDS = Integer.getInteger("fund.cluster.kill.rounds", 20);
    private static final Set<String> LIVE = Set.of("PREPARED", "RELEASED", "PAID");
    private static final Map<String, String> US_COMPANIES = Map.of(
            "us.company", "Appalachian Graphite Components Inc.",
            "us.cathode", "Ohio Valley Cathode Materials LLC");

    @Test
    void killNineDuringReleaseLeavesTheFundConsistent() {
        FundCluster cluster = FundCluster.up();
        long round = DemoRound.committed(cluster.portal());
        long started = System.nanoTime();
        Map<String, Integer> outcomes = new HashMap<>();
        for (int k = 0; k < ROUNDS; k++) {
            ClusterNode victim = cluster.node(k % 2);
            ClusterNode survivor = cluster.node((k + 1) % 2);
            victim.awaitReady(FundCluster.BOOT);
            long batch = prepare(victim.portal(), round);
            long version = details(victim.portal(), batch).getJsonNumber("version").longValue();
            String key = "cluster-kill-" + UUID.randomUUID();
            CompletableFuture<Integer> release = CompletableFuture.supplyAsync(() -> {
                try {
                    return release(victim.portal(), batch, version, key).status();
                } catch (UncheckedIOException cutOff) {
                    return -1;
                }
            });
            boolean locked = awaitReleaseHoldingTheLock(Duration.ofSeconds(30));
            pause(killDelayMillis(k));
            victim.kill();
            int answered = release.join();
            victim.start();

            survivor.awaitReady(FundCluster.BOOT);
            URI portal = survivor.portal();
            JsonObject afterKill = details(portal, batch);
            boolean committed = allOrNothing(afterKill);
            assertConsistent(portal, round);
            outcomes.merge((locked ? "" : "lock not seen, ") + (committed ? "released" : "rolled back")
                    + (answered == 200 ? ", answered" : ", cut off"), 1, Integer::sum);

            Reply retry = release(portal, batch, version, key);
            assertThat(retry.status()).as("retry of round %d", k).isEqualTo(200);
            assertThat(retry.header("Idempotent-Replayed")).as("replayed after a committed release")
                    .isEqualTo(committed ? "true" : null);
            JsonObject released = details(portal, batch);
            assertThat(allOrNothing(released)).isTrue();
            assertThat(releaseEntries(portal, batch)).as("release entries of batch %d", batch).isEqualTo(1);
            assertConsistent(portal, round);

            returnPayments(portal, released, k);
            replaceAccounts(portal);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(() -> "Cluster suite: " + ROUNDS + " kill -9 rounds in " + took.toSeconds() + " s; outcomes " + outcomes);
    }

    /**
     * Waits until the release's transaction holds the batch's row lock ({@code SELECT ... FOR UPDATE}
     * on {@code disbursement_batch}, seen in {@code pg_locks}): the release is then under way and not
     * committed. False when it was not seen (the release was already over, or never started).
     */
    private static boolean awaitReleaseHoldingTheLock(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection db = DriverManager.getConnection(System.getProperty("fund.cluster.pg.url"),
                System.getProperty("fund.cluster.pg.user"), System.getProperty("fund.cluster.pg.password"));
             PreparedStatement lock = db.prepareStatement("select count(*) from pg_locks"
                     + " where relation = 'disbursement_batch'::regclass and mode = 'RowShareLock' and granted")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        return true;
                    }
                }
                pause(2);
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot watch the release's lock in PostgreSQL", e);
        }
    }

    /** How long after the lock the node dies: a different moment of the transaction each round. */
    private static long killDelayMillis(int round) {
        return (round * 53L) % 300;
    }

    /** True when the batch is released with every payment, false when it is prepared with every payment; fails otherwise. */
    private static boolean allOrNothing(JsonObject batch) {
        String status = batch.getString("status");
        List<String> payments = batch.getJsonArray("payments").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("status")).toList();
        assertThat(status).as("batch %s", batch.get("id")).isIn("PREPARED", "RELEASED");
        assertThat(payments).as("payments of a %s batch", status).isNotEmpty().containsOnly(status);
        boolean hasEntry = batch.get("ledgerSequence") instanceof JsonNumber;
        assertThat(hasEntry).as("ledger entry of a %s batch", status).isEqualTo(status.equals("RELEASED"));
        return status.equals("RELEASED");
    }

    private static void assertConsistent(URI portal, long round) {
        ApiClient auditor = DemoRound.as(portal, "auditor");
        Map<String, BigDecimal> perCurrency = new HashMap<>();
        for (JsonObject account : DemoRound.ok(auditor.get("ledger/balances")).json().getJsonArray("accounts")
                .getValuesAs(JsonObject.class)) {
            JsonObject balance = account.getJsonObject("balance");
            perCurrency.merge(balance.getString("currency"), new BigDecimal(balance.getString("amount")), BigDecimal::add);
        }
        assertThat(perCurrency.values()).as("balances per currency").allMatch(sum -> sum.signum() == 0);
        JsonObject verification = DemoRound.ok(auditor.get("ledger/verification")).json();
        assertThat(verification.getBoolean("ok")).as("chain verification %s", verification).isTrue();
        JsonObject reconciliation = DemoRound.ok(auditor.get("ledger/reconciliation")).json();
        assertThat(reconciliation.getBoolean("clean")).as("reconciliation %s", reconciliation).isTrue();

        Set<Long> liveClaims = new HashSet<>();
        List<Long> twice = new ArrayList<>();
        for (JsonObject summary : DemoRound.ok(auditor.get("rounds/" + round + "/disbursement-batches?size=100")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObject batch = details(portal, summary.getJsonNumber("id").longValue());
            for (JsonObject payment : batch.getJsonArray("payments").getValuesAs(JsonObject.class)) {
                if (LIVE.contains(payment.getString("status"))) {
                    for (JsonNumber claim : payment.getJsonArray("claimIds").getValuesAs(JsonNumber.class)) {
                        if (!liveClaims.add(claim.longValue())) {
                            twice.add(claim.longValue());
                        }
                    }
                }
            }
        }
        assertThat(twice).as("claims in two live payments").isEmpty();
    }

    private static long prepare(URI portal, long round) {
        return DemoRound.ok(DemoRound.as(portal, "us.officer1").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("rounds/" + round + "/disbursement-batches", Map.of("currency", "USD"))).id();
    }

    private static Reply release(URI portal, long batch, long version, String key) {
        return DemoRound.as(portal, "us.officer2").header("Idempotency-Key", key)
                .post("disbursement-batches/" + batch + "/release", Map.of("expectedVersion", version));
    }

    private static JsonObject details(URI portal, long batch) {
        return DemoRound.ok(DemoRound.as(portal, "auditor").get("disbursement-batches/" + batch)).json();
    }

    private static long releaseEntries(URI portal, long batch) {
        return DemoRound.ok(DemoRound.as(portal, "auditor").get("ledger/entries?size=100")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("eventId").equals("disbursement-batch-" + batch + "-release")).count();
    }

    /** The bank returns every payment: the shares are payable again once the companies have new verified accounts. */
    private static void returnPayments(URI portal, JsonObject batch, int round) {
        for (JsonObject payment : batch.getJsonArray("payments").getValuesAs(JsonObject.class)) {
            DemoRound.ok(DemoRound.as(portal, "us.officer1").post("payments/" + payment.getJsonNumber("id") + "/status",
                    Map.of("status", "RETURNED", "date", LocalDate.now(ZoneOffset.UTC).toString(),
                            "bankReference", "CLUSTER-RET-" + round + "-" + payment.getJsonNumber("id"),
                            "reason", "Account closed")));
        }
    }

    private static void replaceAccounts(URI portal) {
        US_COMPANIES.forEach((user, holder) -> {
            String number = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
            long account = DemoRound.ok(DemoRound.as(portal, user).header("Idempotency-Key", UUID.randomUUID().toString())
                    .post("payout-accounts", Map.of("currency", "USD", "scheme", "US_ABA", "holderName", holder,
                            "routingNumber", "021000021", "accountNumber", number))).id();
            DemoRound.ok(DemoRound.as(portal, "us.officer1").post("payout-accounts/" + account + "/verification", Map.of()));
        });
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
