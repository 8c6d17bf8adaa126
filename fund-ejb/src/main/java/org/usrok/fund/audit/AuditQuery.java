package org.usrok.fund.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Filters of the audit trail search; a null (or blank) filter means "any". Text filters match
 * exactly, because each is an indexed column and an exact match keeps the search on the index
 * however large the trail grows. The time range is half-open: {@code from} inclusive, {@code to}
 * exclusive, so consecutive ranges never count a record twice. {@code outcome} picks changes
 * ({@code DONE}) or refused attempts ({@code REFUSED}).
 */
public record AuditQuery(String actor, String entityType, String entityId, String action, Instant from,
                         Instant to, AuditOutcome outcome) implements Serializable {

    public AuditQuery {
        actor = clean(actor);
        entityType = clean(entityType);
        entityId = clean(entityId);
        action = clean(action);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range ends before it starts: " + from + " to " + to);
        }
    }

    /** The filters without one on the outcome: changes and refusals alike. */
    public AuditQuery(String actor, String entityType, String entityId, String action, Instant from, Instant to) {
        this(actor, entityType, entityId, action, from, to, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** Every refused attempt, newest first. */
    public static AuditQuery refusals() {
        return new AuditQuery(null, null, null, null, null, null, AuditOutcome.REFUSED);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
