package org.usrok.fund.claim;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.PersistentTimers;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every {@code fund.claims.review-sla-check-minutes} (default 15) on the UTC clock, flags claims
 * that have waited for review longer than the SLA ({@code fund.claims.review-sla-days}) and
 * notifies their country's officers. The cadence must divide the hour (1, 2, 3, 4, 5, 6, 10, 12,
 * 15, 20, 30 or 60) so that the checks fall on the same minutes every hour; anything else is
 * logged and replaced by the default rather than stopping the deployment.
 *
 * <p>A persistent calendar timer, kept in the database's timer store (docs/operations.md, "What
 * is shared between nodes"): with several nodes, every node knows it but only one runs each
 * expiry, so officers are told once. A run missed while every node was down is run at the next
 * start; the rule looks at submission times, so a run more or less changes nothing. Because the
 * timer outlives a restart, each start keeps the one timer whose cadence (its info) is the
 * configured one and cancels the others (another cadence, or a duplicate left by two nodes
 * starting at the same moment on an empty database), so restarts, redeployments and further
 * nodes never add timers and a changed cadence replaces the old timer.
 *
 * <p>Each run logs one line naming its scheduled tick and the node that ran it, which is how an
 * operator (and {@code ReviewSlaOnceIT}) sees that every tick ran on one node only.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
public class ReviewSlaTimer {

    static final String CADENCE_PROPERTY = "fund.claims.review-sla-check-minutes";
    static final int DEFAULT_CADENCE_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(ReviewSlaTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ClaimService claims;

    @Inject
    @ConfigProperty(name = CADENCE_PROPERTY, defaultValue = "15")
    String configuredCadence;

    @PostConstruct
    void schedule() {
        int minutes = cadenceMinutes(configuredCadence);
        if (!PersistentTimers.keepOnly(timers, minutes)) {
            timers.createCalendarTimer(every(minutes), new TimerConfig(minutes, true));
        }
    }

    /**
     * Runs outside a transaction so that {@link ClaimService#flagOverdueClaims} commits before the
     * line is logged: the line reports flags that are in the database.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void flagOverdue(Timer timer) {
        Instant tick = timer.getNextTimeout().toInstant().minus(Duration.ofMinutes((Integer) timer.getInfo()));
        int flagged = claims.flagOverdueClaims(Clock.now());
        LOG.info(() -> "Review SLA check " + tick + " on " + System.getProperty("jboss.node.name")
                + ": " + flagged + " claim(s) newly overdue");
    }

    /**
     * The configured cadence in minutes: a divisor of 60 between 1 and 60; anything else (not a
     * number, 0, 7, 90) is logged once and gives the default of 15.
     */
    static int cadenceMinutes(String configured) {
        try {
            int minutes = Integer.parseInt(configured == null ? "" : configured.strip());
            if (minutes >= 1 && minutes <= 60 && 60 % minutes == 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // not a number: reported below like any other refused value
        }
        LOG.warning(() -> "Review SLA: " + CADENCE_PROPERTY + "=" + configured + " is not a divisor of 60 from 1 to 60"
                + " (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60); checking every " + DEFAULT_CADENCE_MINUTES + " minutes");
        return DEFAULT_CADENCE_MINUTES;
    }

    /** Every {@code minutes} minutes from the full hour, UTC, whatever the server's time zone. */
    static ScheduleExpression every(int minutes) {
        return new ScheduleExpression().timezone("UTC").hour("*")
                .minute(minutes == 60 ? "0" : "*/" + minutes).second("0");
    }
}
