package org.usrok.fund.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.ApprovedApplication;
import org.usrok.fund.it.support.FundScenario.Company;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review-SLA timer fires once in the cluster. {@link FundCluster} starts both nodes with a
 * check every minute, and the node that runs a check logs {@code Review SLA check <tick> on
 * <node>: ...}. With both nodes up, the test files a claim of its own, dates its submission back
 * beyond the SLA in the database (so no other claim, and no other test, is touched), and waits
 * until the claim is flagged and at least two ticks have run since the test began. Then:
 * <ul>
 *   <li>each of those ticks is in exactly one node's log: fired once, which the flags alone could
 *       not show, since a second run of a tick would find nothing left to flag;</li>
 *   <li>the claim has one {@code CLAIM_OVERDUE} audit record and its country's officer one overdue
 *       notification: flagged once, notified once.</li>
 * </ul>
 */
class ReviewSlaOnceIT {

    private static final Logger LOG = Logger.getLogger(ReviewSlaOnceIT.class.getName());
    private static final Pattern CHECK = Pattern.compile("Review SLA check (\\S+) on (\\S+): \\d+ claim");
    private static FundCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = FundCluster.up();
    }

    @Test
    void eachTickRunsOnOneNodeAndFlagsAndNotifiesTheOverdueClaimOnce() {
        Instant began = Instant.now();
        Company company = FundScenario.verifiedCompany("US");
        ApprovedApplication application = FundScenario.approvedApplication(company, FundScenario.openRound(), "US");
        long claim = FundScenario.submittedClaim(company, application.id());
        submittedBeyondTheSla(claim);

        Duration timeout = Duration.ofMinutes(5L * FundCluster.SLA_CHECK_MINUTES);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(isOverdue(claim) && ticksSince(began).size() >= 2)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Within " + timeout + ": claim " + claim + " overdue " + isOverdue(claim)
                        + ", checks since " + began + " " + ticksSince(began));
            }
            pause(Duration.ofSeconds(5));
        }
        // both nodes' timers expire at the same moment: a second run of the latest tick would be logged by now
        pause(Duration.ofSeconds(10));

        Map<Instant, List<String>> ticks = ticksSince(began);
        LOG.info(() -> "Review SLA checks since " + began + ": " + ticks);
        assertThat(ticks).as("ticks checked since the test began").hasSizeGreaterThanOrEqualTo(2);
        ticks.forEach((tick, nodes) -> assertThat(nodes).as("nodes that ran the check of %s", tick).hasSize(1));

        Reply flagged = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get(
                "audit/records?entityType=DiversificationClaim&action=CLAIM_OVERDUE&entityId=" + claim));
        assertThat(flagged.json().getInt("total")).as("CLAIM_OVERDUE records of claim %d", claim).isEqualTo(1);
        ApiClient officer = application.officer();
        Reply inbox = DemoRound.ok(officer.get("notifications?size=200"));
        assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("overdue notifications of claim %d", claim)
                .filteredOn(n -> "CLAIM_OVERDUE".equals(n.getString("kind"))
                        && n.getJsonNumber("subjectId").longValue() == claim)
                .hasSize(1);
    }

    /** Moves the claim's submission {@link FundCluster#REVIEW_SLA_DAYS} and a day into the past. */
    private static void submittedBeyondTheSla(long claim) {
        try (Connection db = DriverManager.getConnection(System.getProperty("fund.cluster.pg.url"),
                System.getProperty("fund.cluster.pg.user"), System.getProperty("fund.cluster.pg.password"));
             PreparedStatement backdate = db.prepareStatement("update diversification_claim"
                     + " set submitted_at = submitted_at - make_interval(days => ?) where id = ? and status = 'SUBMITTED'")) {
            backdate.setInt(1, FundCluster.REVIEW_SLA_DAYS + 1);
            backdate.setLong(2, claim);
            assertThat(backdate.executeUpdate()).as("submitted claim %d backdated", claim).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot backdate claim " + claim, e);
        }
    }

    private static boolean isOverdue(long claim) {
        JsonObject details = DemoRound.ok(DemoRound.as(cluster.portal(), "auditor").get("claims/" + claim)).json();
        return details.containsKey("overdueSince") && !details.isNull("overdueSince");
    }

    /** The checks whose tick is after {@code began}, each with the nodes that logged it, from both nodes' logs. */
    private static Map<Instant, List<String>> ticksSince(Instant began) {
        Map<Instant, List<String>> ticks = new TreeMap<>();
        for (ClusterNode node : cluster.nodes()) {
            for (String line : node.logLinesContaining("Review SLA check ")) {
                Matcher check = CHECK.matcher(line);
                if (check.find()) {
                    Instant tick = Instant.parse(check.group(1));
                    if (tick.isAfter(began)) {
                        ticks.computeIfAbsent(tick, t -> new ArrayList<>()).add(check.group(2));
                    }
                }
            }
        }
        return ticks;
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
