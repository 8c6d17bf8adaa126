package org.usrok.fund.web.audit;

import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditOutcome;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit record as the API returns it: who did what to which entity, when, and the state before
 * and after (JSON). {@code outcome} is {@code DONE} for a change and {@code REFUSED} for a refused
 * attempt, which has {@code refusalRule} (the rule's problem type without its
 * {@code urn:fund:problem:} prefix) and {@code refusalMessage} (English) instead of snapshots.
 */
public record AuditEntryResponse(long id, Instant occurredAt, String actor, String action, String entityType,
                                 String entityId, String before, String after, AuditOutcome outcome,
                                 String refusalRule, String refusalMessage) implements Serializable {

    public static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before(), e.after(), e.outcome(), e.refusalRule(), e.refusalMessage());
    }
}
