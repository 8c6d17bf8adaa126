package org.usrok.fund.ledger.checkpoint;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.PersistentTimers;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Records a scheduled checkpoint every {@code fund.checkpoint.interval-minutes} (default 1440, once
 * a day; 0 turns it off), when the head moved since the latest checkpoint.
 *
 * <p>The timer is persistent, kept in the database's timer store (docs/operations.md, "What is
 * shared between nodes"): with several nodes, every node knows it but only one runs each expiry,
 * and a run missed while every node was down is run at the next start. Because it outlives a
 * restart, each start first looks at the timers this bean already has: it keeps one whose interval
 * (its info) is the configured one and cancels the others (another interval, or a duplicate left
 * by two nodes starting at the same moment on an empty database), and creates a timer only when
 * none is left. So restarts and redeployments never add timers.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
public class CheckpointTimer {

    static final String INTERVAL_PROPERTY = "fund.checkpoint.interval-minutes";
    private static final Logger LOG = Logger.getLogger(CheckpointTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private CheckpointService checkpoints;

    @PostConstruct
    void schedule() {
        long minutes = Long.getLong(INTERVAL_PROPERTY, Duration.ofDays(1).toMinutes());
        boolean kept = PersistentTimers.keepOnly(timers, minutes > 0 ? minutes : null);
        if (minutes <= 0) {
            LOG.info(() -> "Ledger checkpoints: no scheduled checkpoints (" + INTERVAL_PROPERTY + "=" + minutes + ")");
        } else if (!kept) {
            long interval = Duration.ofMinutes(minutes).toMillis();
            timers.createIntervalTimer(interval, interval, new TimerConfig(minutes, true));
        }
    }

    @Timeout
    void recordIfHeadMoved() {
        checkpoints.recordScheduled().ifPresent(id -> LOG.info(() -> "Ledger checkpoints: scheduled checkpoint " + id));
    }
}
