package org.usrok.fund.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * Who created and last changed a row, and when. Filled in by {@link AuditColumnsListener} from the
 * caller of the service that made the change; the full before/after history is the audit trail.
 */
@MappedSuperclass
@EntityListeners(AuditColumnsListener.class)
public abstract class AuditColumns {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    void markCreated(Instant at, String by) {
        createdAt = at;
        createdBy = by;
        markUpdated(at, by);
    }

    void markUpdated(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
