package org.usrok.fund.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit record as auditors and tests read it. {@code outcome} is {@code DONE} for a change;
 * for a refused attempt it is {@code REFUSED}, with the rule's stable name ({@code refusalRule},
 * the API's problem type) and the English message, and no snapshots.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String before, String after, AuditOutcome outcome, String refusalRule,
                         String refusalMessage) implements Serializable {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getAction(), r.getEntityType(),
                r.getEntityId(), r.getBeforeState(), r.getAfterState(), r.getOutcome(), r.getRefusalRule(),
                r.getRefusalMessage());
    }

    public boolean refused() {
        return outcome == AuditOutcome.REFUSED;
    }
}
