package org.usrok.fund.ledger.checkpoint;

import java.io.Serializable;

/**
 * One thing the chain verification found against the checkpoints or the export records, at the
 * chain's {@code sequence}; {@code checkpointId} names the checkpoint concerned, if any. The
 * problem text is English, like the chain verifier's.
 */
public record CheckpointFinding(Kind kind, long sequence, Long checkpointId, String problem) implements Serializable {

    public enum Kind {
        /** The entry at a checkpoint's sequence has another hash than the one the fund signed: history was rewritten. */
        CHECKPOINT_HEAD_MISMATCH(true),
        /** A checkpoint names a sequence the chain no longer reaches: entries were removed. */
        CHECKPOINT_BEYOND_CHAIN(true),
        /** A checkpoint's signature does not verify with the fund's published key: the checkpoint was forged or changed. */
        CHECKPOINT_SIGNATURE_INVALID(false),
        /** A checkpoint names another key than the one the server holds: check it with the key published at the time. */
        CHECKPOINT_OTHER_KEY(false),
        /** Two exports handed out different head hashes for the same last sequence. */
        EXPORTS_DISAGREE(false),
        /** An export handed out a head hash that the entry at its last sequence no longer has. */
        EXPORT_HEAD_MISMATCH(false);

        private final boolean contradictsChain;

        Kind(boolean contradictsChain) {
            this.contradictsChain = contradictsChain;
        }

        /** True when the stored chain contradicts a head the fund signed: the fund then signs no new head. */
        public boolean contradictsChain() {
            return contradictsChain;
        }
    }

    @Override
    public String toString() {
        return kind + " at entry " + sequence + ": " + problem;
    }
}
