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

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Records a scheduled checkpoint every {@code fund.checkpoint.interval-minutes} (default 1440, once
 * a day; 0 turns it off), when the head moved since the latest checkpoint. Not persistent: a run
 * missed while the server was down is simply the next one, and the next export records one too.
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
        if (minutes <= 0) {
            LOG.info(() -> "Ledger checkpoints: no scheduled checkpoints (" + INTERVAL_PROPERTY + "=" + minutes + ")");
            return;
        }
        long interval = Duration.ofMinutes(minutes).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void recordIfHeadMoved() {
        checkpoints.recordScheduled().ifPresent(id -> LOG.info(() -> "Ledger checkpoints: scheduled checkpoint " + id));
    }
}
