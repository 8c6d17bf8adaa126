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
 * ({@code fund.claims.review-sla-days}) and notifies their country's officers. A persistent timer,
 * kept in the database's timer store (docs/operations.md, "What is shared between nodes"): with
 * several nodes, every node knows it but only one runs each expiry, so officers are told once. A
 * run missed while every node was down is run at the next start; the rule looks at submission
 * times, so a run more or less changes nothing.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class ReviewSlaTimer {

    private static final Logger LOG = Logger.getLogger(ReviewSlaTimer.class.getName());

    @Inject
    private ClaimService claims;

    @Schedule(hour = "*", minute = "*/15")
    void flagOverdue() {
        int flagged = claims.flagOverdueClaims(Clock.now());
        if (flagged > 0) {
            LOG.info(() -> "Review SLA: " + flagged + " claim(s) newly overdue");
        }
    }
}
