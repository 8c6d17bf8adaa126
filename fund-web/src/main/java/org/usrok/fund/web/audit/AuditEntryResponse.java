package org.usrok.fund.web.audit;

import org.usrok.fund.audit.AuditEntry;

import java.time.Instant;

/** One audit record as the API returns it: who did what to which entity, when, and the state before and after (JSON). */
public record AuditEntryResponse(long id, Instant occurredAt, String actor, String action, String entityType,
                                 String entityId, String before, String after) {

    public static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before(), e.after());
    }
}
