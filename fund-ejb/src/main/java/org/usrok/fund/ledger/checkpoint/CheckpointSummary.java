package org.usrok.fund.ledger.checkpoint;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A checkpoint as readers see it: the signed fields, the canonical text that was signed, the key
 * id and signature, the countersignatures, and whether the current caller may countersign it
 * (an officer whose government has not yet).
 */
public record CheckpointSummary(long id, long sequence, String headHash, Instant recordedAt, CheckpointReason reason,
                                String recordedBy, String keyId, String signature, String signedText,
                                List<CountersignatureSummary> countersignatures, boolean mayCountersign) implements Serializable {

    public CheckpointSummary {
        countersignatures = List.copyOf(countersignatures);
    }

    /**
     * The checkpoint as a file an auditor keeps and later gives the offline verifier
     * ({@code --anchor-checkpoint}): the signed text's five lines, then {@code keyId=} and
     * {@code signature=}, each line ending in LF (docs/ledger.md, "Checkpoint file"). The first five
     * lines are exactly the signed bytes, so {@code head -n 5} gives them to OpenSSL.
     */
    public String fileText() {
        return signedText + "keyId=" + keyId + "\n" + "signature=" + signature + "\n";
    }

    /** {@code fund-ledger-checkpoint-<sequence>-<id>.txt}. */
    public String fileName() {
        return "fund-ledger-checkpoint-" + sequence + "-" + id + ".txt";
    }
}
