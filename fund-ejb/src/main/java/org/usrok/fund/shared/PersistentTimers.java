package org.usrok.fund.shared;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/**
 * The persistent timers a bean creates at start outlive restarts, redeployments and the node that
 * made them (they are rows of the database's timer store). So a bean first looks at the timers it
 * already has: it keeps the one for its configured schedule and cancels every other (another
 * schedule, or a duplicate left by two nodes starting at the same moment on an empty database), and
 * creates a timer only when none was kept. Restarts and further nodes thus never add timers.
 */
public final class PersistentTimers {

    private PersistentTimers() {
    }

    /**
     * Cancels every timer of the calling bean but the first whose info equals {@code info}; with
     * {@code info} null, cancels them all. Whether one was kept.
     */
    public static boolean keepOnly(TimerService timers, Object info) {
        boolean kept = false;
        for (Timer timer : timers.getTimers()) {
            if (!kept && info != null && info.equals(timer.getInfo())) {
                kept = true;
            } else {
                timer.cancel();
            }
        }
        return kept;
    }
}
