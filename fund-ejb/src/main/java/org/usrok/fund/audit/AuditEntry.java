package org.usrok.fund.audit;

import java.time.Instant;

/** An audit record as auditors and tests read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String before, String after) {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(), r.getEntityType(),
                r.getEntityId(), r.getBeforeState(), r.getAfterState());
    }
}
