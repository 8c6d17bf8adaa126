package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.ChainVerification;
import org.usrok.fund.ledger.checkpoint.CheckpointFinding;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of "verify chain": whether the entries recompute (with the head hash) or the first
 * bad entry, how many signed checkpoints the chain was checked against, and every finding against
 * them and the export records. {@code ok} is true only when the chain recomputes and there is no finding.
 */
public record ChainVerificationResponse(boolean ok, long entries, String headHash, Long firstBadSequence,
                                        String problem, long checkpoints, List<Finding> findings) implements Serializable {

    /** One finding: its kind, the chain's sequence it concerns, the checkpoint (if any) and what is wrong. */
    public record Finding(CheckpointFinding.Kind kind, long sequence, Long checkpointId, String problem) implements Serializable {
    }

    static ChainVerificationResponse of(ChainVerification r) {
        return new ChainVerificationResponse(r.ok(), r.entries(), r.headHash(), r.firstBadSequence(), r.problem(),
                r.checkpoints(), r.findings().stream()
                .map(f -> new Finding(f.kind(), f.sequence(), f.checkpointId(), f.problem())).toList());
    }
}
