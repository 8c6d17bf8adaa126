package org.usrok.fund.ledger.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * A signed checkpoint: the chain's head at a sequence, signed by the fund's key over its canonical
 * text ({@link CheckpointText}). Written once and never changed ({@link Immutable}, no setters);
 * the officers' countersignatures are rows of their own.
 */
@Entity
@Immutable
@Table(name = "ledger_checkpoint")
public class LedgerCheckpoint {

    static final String ENTITY = "LedgerCheckpoint";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_checkpoint_seq")
    @SequenceGenerator(name = "ledger_checkpoint_seq", sequenceName = "ledger_checkpoint_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long sequence;

    @Column(name = "head_hash", nullable = false, updatable = false, length = 64)
    private String headHash;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CheckpointReason reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "key_id", nullable = false, updatable = false, length = 64)
    private String keyId;

    @Column(nullable = false, updatable = false, length = 200)
    private String signature;

    protected LedgerCheckpoint() {
    }

    static LedgerCheckpoint signed(CheckpointText text, String recordedBy, String keyId, String signature) {
        LedgerCheckpoint checkpoint = new LedgerCheckpoint();
        checkpoint.sequence = text.sequence();
        checkpoint.headHash = text.headHash();
        checkpoint.recordedAt = text.recordedAt();
        checkpoint.reason = text.reason();
        checkpoint.recordedBy = recordedBy;
        checkpoint.keyId = keyId;
        checkpoint.signature = signature;
        return checkpoint;
    }

    CheckpointText text() {
        return new CheckpointText(sequence, headHash, recordedAt, reason);
    }

    SignedCheckpoint toSigned() {
        return new SignedCheckpoint(id, text(), keyId, signature);
    }

    Long getId() {
        return id;
    }

    long getSequence() {
        return sequence;
    }

    String getHeadHash() {
        return headHash;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    String getKeyId() {
        return keyId;
    }

    String getSignature() {
        return signature;
    }
}
