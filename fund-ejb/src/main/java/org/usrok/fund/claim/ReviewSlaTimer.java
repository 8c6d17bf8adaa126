package org.usrok.fund.claim;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;

import java.util.logging.Logger;

/**
 * Every 15 minutes, flags claims that have waited for review longer than the SLA
 * ({@code fund.claims.review-sla-days}) and notifies their country's officers. Not persistent: a
 * missed run is simply caught up by the next one, since the rule looks at submission times.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ReviewSlaTimer {

    private static final Logger LOG = Logger.getLogger(ReviewSlaTimer.class.getName());

    @Inject
    private ClaimService claims;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void flagOverdue() {
        int flagged = claims.flagOverdueClaims(Clock.now());
        if (flagged > 0) {
            LOG.info(() -> "Review SLA: " + flagged + " claim(s) newly overdue");
        }
    }
}
