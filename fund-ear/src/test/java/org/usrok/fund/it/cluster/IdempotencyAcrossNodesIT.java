package org.usrok.fund.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.TestData;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idempotency record lives in PostgreSQL, so it holds across nodes: the same creating POST
 * with the same Idempotency-Key sent to both nodes at the same moment creates one account, and
 * both callers get the same answer (one of them marked as replayed).
 */
class IdempotencyAcrossNodesIT {

    private static FundCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = FundCluster.up();
    }

    @Test
    void sameKeyOnBothNodesAtOnceCreatesOneAccount() {
        String username = "cluster.idem." + TestData.suffix();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "cluster-test-password");
        body.put("displayName", "Cluster " + username);
        body.put("email", username + "@example.test");
        body.put("roles", Set.of("AUDITOR"));
        String key = "cluster-" + UUID.randomUUID();

        List<Reply> replies = AtOnce.send(
                () -> admin(cluster.node(0)).header("Idempotency-Key", key).post("users", body),
                () -> admin(cluster.node(1)).header("Idempotency-Key", key).post("users", body));

        assertThat(replies).extracting(Reply::status).containsExactly(201, 201);
        assertThat(replies).extracting(Reply::json).containsOnly(replies.get(0).json());
        assertThat(replies).extracting(r -> URI.create(r.header("Location")).getPath())
                .containsOnly(URI.create(replies.get(0).header("Location")).getPath());
        assertThat(replies).extracting(r -> r.header("Idempotent-Replayed")).containsOnlyOnce("true");

        Reply all = admin(cluster.node(0)).get("users?size=100");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(user -> user.getString("username").equals(username)).hasSize(1);
    }

    private static ApiClient admin(ClusterNode node) {
        return ApiClient.at(node.portal(), "admin", ApiClient.DEMO_PASSWORD);
    }
}
