package org.usrok.fund.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.usrok.fund.it.support.ApiClient.Reply;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review-SLA timer acts once in the cluster: with both nodes up and an SLA of 0 days
 * ({@code fund.cluster.sla-timer=true} starts the nodes with {@code fund.claims.review-sla-days=0}),
 * the next quarter-hour tick flags the demo's waiting claims, and each is flagged once (one
 * {@code CLAIM_OVERDUE} audit record) and notified once to each officer of its country, however
 * many nodes run the timer. Not in the default cluster run: it waits for a tick (up to 15
 * minutes), and the timer firing on one node only needs persistent timers in the database
 * (issue 17, branch {@code shared-state}); run it with {@code -Dfund.cluster.sla-timer=true}.
 */
@EnabledIfSystemProperty(named = "fund.cluster.sla-timer", matches = "true")
class ReviewSlaOnceIT {

    private static FundCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = FundCluster.up();
    }

    @Test
    void theTimerFlagsAndNotifiesEachOverdueClaimOnce() {
        List<JsonObject> overdue = awaitOverdueClaims(Duration.ofMinutes(16));
        pause(Duration.ofSeconds(30));
        for (JsonObject claim : overdue) {
            long id = claim.getJsonNumber("id").longValue();
            Reply flagged = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get(
                    "audit/records?entityType=DiversificationClaim&action=CLAIM_OVERDUE&entityId=" + id));
            assertThat(flagged.json().getInt("total")).as("CLAIM_OVERDUE records of claim %d", id).isEqualTo(1);
            String officer = claim.getString("country").equals("US") ? "us.officer1" : "kr.officer1";
            Reply inbox = DemoRound.ok(DemoRound.as(cluster.portal(), officer).get("notifications?size=200"));
            assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .as("overdue notifications of claim %d", id)
                    .filteredOn(n -> "CLAIM_OVERDUE".equals(n.getString("kind"))
                            && n.getJsonNumber("subjectId").longValue() == id)
                    .hasSize(1);
        }
    }

    private static List<JsonObject> awaitOverdueClaims(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> overdue = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get("claims?overdue=true"))
                    .json().getJsonArray("items").getValuesAs(JsonObject.class);
            if (!overdue.isEmpty()) {
                return overdue;
            }
            pause(Duration.ofSeconds(10));
        }
        throw new AssertionError("No claim was flagged overdue within " + timeout);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
