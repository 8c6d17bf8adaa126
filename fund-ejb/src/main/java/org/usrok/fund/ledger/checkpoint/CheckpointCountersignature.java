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
import org.usrok.fund.shared.CountryCode;

import java.time.Instant;

/**
 * One government's countersignature of a checkpoint: an authenticated, audited act of one of its
 * officers, recorded with who and when. At most one per government and checkpoint (the database's
 * unique key too); never changed.
 */
@Entity
@Immutable
@Table(name = "ledger_checkpoint_countersignature")
public class CheckpointCountersignature {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_checkpoint_countersignature_seq")
    @SequenceGenerator(name = "ledger_checkpoint_countersignature_seq",
            sequenceName = "ledger_checkpoint_countersignature_seq", allocationSize = 50)
    private Long id;

    @Column(name = "checkpoint_id", nullable = false, updatable = false)
    private long checkpointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 2)
    private CountryCode government;

    @Column(nullable = false, updatable = false, length = 64)
    private String officer;

    @Column(name = "countersigned_at", nullable = false, updatable = false)
    private Instant countersignedAt;

    protected CheckpointCountersignature() {
    }

    static CheckpointCountersignature of(long checkpointId, CountryCode government, String officer, Instant at) {
        CheckpointCountersignature c = new CheckpointCountersignature();
        c.checkpointId = checkpointId;
        c.government = government;
        c.officer = officer;
        c.countersignedAt = at;
        return c;
    }

    long getCheckpointId() {
        return checkpointId;
    }

    CountryCode getGovernment() {
        return government;
    }

    String getOfficer() {
        return officer;
    }

    CountersignatureSummary toSummary() {
        return new CountersignatureSummary(government, officer, countersignedAt);
    }
}
