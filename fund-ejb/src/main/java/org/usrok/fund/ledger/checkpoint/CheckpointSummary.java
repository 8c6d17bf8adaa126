package org.usrok.fund.ledger.checkpoint;

import java.time.Instant;
import java.util.List;

/**
 * A checkpoint as readers see it: the signed fields, the canonical text that was signed, the key
 * id and signature, the countersignatures, and whether the current caller may countersign it
 * (an officer whose government has not yet).
 */
public record CheckpointSummary(long id, long sequence, String headHash, Instant recordedAt, CheckpointReason reason,
                                String recordedBy, String keyId, String signature, String signedText,
                                List<CountersignatureSummary> countersignatures, boolean mayCountersign) {

    public CheckpointSummary {
        countersignatures = List.copyOf(countersignatures);
    }
}
