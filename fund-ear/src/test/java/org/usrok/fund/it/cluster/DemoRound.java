package org.usrok.fund.it.cluster;

import jakarta.json.JsonObject;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The demo's round that is ready for allocation ("2026 Rare Earth Magnets Diversification Round":
 * two U.S. and two Korean companies with verified payout accounts), its allocation committed
 * through the API by the demo officers the first time a test asks for it, so that its shares can
 * be disbursed: USD batches pay {@code us.company} and {@code us.cathode}, KRW batches {@code kr.company}.
 */
final class DemoRound {

    private static Long committedRound;

    private DemoRound() {
    }

    /** The id of the round, its allocation committed. */
    static synchronized long committed(URI portal) {
        if (committedRound == null) {
            committedRound = commit(portal);
        }
        return committedRound;
    }

    static ApiClient as(URI portal, String username) {
        return ApiClient.at(portal, username, ApiClient.DEMO_PASSWORD);
    }

    private static long commit(URI portal) {
        Reply rounds = ok(as(portal, "us.officer1").get("rounds?status=CLAIMS_CLOSED"));
        List<JsonObject> items = rounds.json().getJsonArray("items").getValuesAs(JsonObject.class);
        if (items.size() != 1) {
            throw new IllegalStateException("Expected the demo's one round with claims closed: " + rounds.body());
        }
        long round = items.get(0).getJsonNumber("id").longValue();
        Reply scenario = as(portal, "us.officer1").post("rounds/" + round + "/allocation-scenarios",
                Map.of("name", "Cluster suite", "method", "PROPORTIONAL", "poolMode", "PER_COUNTRY"));
        if (scenario.status() != 201) {
            throw new IllegalStateException("Simulation refused: " + scenario);
        }
        long id = scenario.id();
        ok(as(portal, "kr.officer1").post("allocation-scenarios/" + id + "/proposal", Map.of()));
        ok(as(portal, "us.officer2").post("allocation-scenarios/" + id + "/approval", Map.of()));
        Reply committed = ok(as(portal, "kr.officer2").post("allocation-scenarios/" + id + "/approval", Map.of()));
        if (!"COMMITTED".equals(committed.json().getString("status"))) {
            throw new IllegalStateException("Not committed: " + committed.body());
        }
        return round;
    }

    static Reply ok(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new IllegalStateException("Unexpected answer " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
