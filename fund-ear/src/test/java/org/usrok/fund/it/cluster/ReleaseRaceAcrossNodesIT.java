package org.usrok.fund.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.TestData;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch's row lock is PostgreSQL's, so it holds across nodes: two officers releasing the same
 * disbursement batch at the same moment through different nodes give exactly one release (one 200,
 * one 409) and one ledger entry.
 */
class ReleaseRaceAcrossNodesIT {

    private static FundCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = FundCluster.up();
    }

    @Test
    void twoOfficersReleasingOneBatchOnTwoNodesGiveOneRelease() {
        long round = DemoRound.committed(cluster.portal());
        ApiClient secondOfficer = newKoreanOfficer();
        Reply prepared = DemoRound.ok(DemoRound.as(cluster.portal(), "kr.officer1")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("rounds/" + round + "/disbursement-batches", Map.of("currency", "KRW")));
        long batch = prepared.id();
        long version = prepared.json().getJsonNumber("version").longValue();

        List<Reply> replies = AtOnce.send(
                () -> DemoRound.as(cluster.node(0).portal(), "kr.officer2")
                        .post("disbursement-batches/" + batch + "/release", Map.of("expectedVersion", version)),
                () -> ApiClient.at(cluster.node(1).portal(), secondOfficer.username(), "cluster-test-password")
                        .post("disbursement-batches/" + batch + "/release", Map.of("expectedVersion", version)));

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
        Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        JsonObject released = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor")
                .get("disbursement-batches/" + batch)).json();
        assertThat(released.getString("status")).isEqualTo("RELEASED");
        assertThat(released.getJsonNumber("ledgerSequence").longValue())
                .isEqualTo(winner.json().getJsonNumber("ledgerSequence").longValue());
        Reply entries = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get("ledger/entries?size=100"));
        assertThat(entries.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("eventId").equals("disbursement-batch-" + batch + "-release"))
                .hasSize(1);
        assertThat(DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get("ledger/verification"))
                .json().getBoolean("ok")).isTrue();
    }

    private static ApiClient newKoreanOfficer() {
        String username = "cluster.kr." + TestData.suffix();
        DemoRound.ok(DemoRound.as(cluster.portal(), "admin").post("users", Map.of(
                "username", username, "password", "cluster-test-password", "displayName", "Officer " + username,
                "email", username + "@example.test", "country", "KR", "roles", Set.of("OFFICER_KR"))));
        return ApiClient.at(cluster.portal(), username, "cluster-test-password");
    }
}
