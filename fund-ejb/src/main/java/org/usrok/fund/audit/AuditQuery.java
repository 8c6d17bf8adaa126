package org.usrok.fund.audit;

import java.time.Instant;

/**
 * Filters of the audit trail search; a null (or blank) filter means "any". Text filters match
 * exactly, because each is an indexed column and an exact match keeps the search on the index
 * however large the trail grows. The time range is half-open: {@code from} inclusive, {@code to}
 * exclusive, so consecutive ranges never count a record twice.
 */
public record AuditQuery(String actor, String entityType, String entityId, String action, Instant from,
                         Instant to) {

    public AuditQuery {
        actor = clean(actor);
        entityType = clean(entityType);
        entityId = clean(entityId);
        action = clean(action);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range ends before it starts: " + from + " to " + to);
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
