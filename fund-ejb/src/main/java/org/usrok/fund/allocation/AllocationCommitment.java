package org.usrok.fund.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * The one committed allocation of a round. Its primary key is the round, so however two
 * commitments race, the database keeps exactly one.
 */
@Entity
@Immutable
@Table(name = "allocation_commitment")
class AllocationCommitment {

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "scenario_id", nullable = false)
    private long scenarioId;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    @Column(name = "committed_by", nullable = false, length = 64)
    private String committedBy;

    @Column(name = "ledger_sequence", nullable = false)
    private long ledgerSequence;

    protected AllocationCommitment() {
    }

    AllocationCommitment(long roundId, long scenarioId, Instant committedAt, String committedBy, long ledgerSequence) {
        this.roundId = roundId;
        this.scenarioId = scenarioId;
        this.committedAt = committedAt;
        this.committedBy = committedBy;
        this.ledgerSequence = ledgerSequence;
    }

    long getScenarioId() {
        return scenarioId;
    }
}
