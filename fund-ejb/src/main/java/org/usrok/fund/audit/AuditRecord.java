package org.usrok.fund.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One audited change, or one refused attempt at a change ({@link AuditOutcome#REFUSED}, with the
 * rule that refused it and its message, and no snapshots). Records are only ever inserted: there
 * is no method that changes one, and the before/after snapshots are the JSON of the read models
 * the actors saw.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    /** The longest refusal message kept (the column's length); longer ones are cut. */
    static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
    private String entityId;

    @Column(name = "before_state", updatable = false, length = 100000)
    private String beforeState;

    @Column(name = "after_state", updatable = false, length = 100000)
    private String afterState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(name = "refusal_rule", updatable = false, length = 64)
    private String refusalRule;

    @Column(name = "refusal_message", updatable = false, length = 2000)
    private String refusalMessage;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String action, String entityType, String entityId,
                String beforeState, String afterState) {
        this(occurredAt, actor, action, entityType, entityId, AuditOutcome.DONE);
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    /** A refused attempt: who tried which action on what, the rule that refused it and its message. */
    static AuditRecord refusal(Instant occurredAt, String actor, String action, String entityType, String entityId,
                               String rule, String message) {
        AuditRecord record = new AuditRecord(occurredAt, actor, action, entityType, entityId, AuditOutcome.REFUSED);
        record.refusalRule = rule;
        record.refusalMessage = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        return record;
    }

    private AuditRecord(Instant occurredAt, String actor, String action, String entityType, String entityId,
                        AuditOutcome outcome) {
        this.outcome = outcome;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getRefusalRule() {
        return refusalRule;
    }

    public String getRefusalMessage() {
        return refusalMessage;
    }
}
