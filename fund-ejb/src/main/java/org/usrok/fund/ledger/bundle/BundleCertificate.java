package org.usrok.fund.ledger.bundle;

import java.io.Serializable;
import java.util.Objects;

/**
 * The certificate of a round's committed allocation, exactly as the allocation core wrote it: the
 * auditor's verifier re-derives every share from the inputs it holds and checks that the journal's
 * allocation entry for the round names this certificate and books its totals.
 */
public record BundleCertificate(long roundId, String text) implements Serializable {

    public BundleCertificate {
        Objects.requireNonNull(text, "text");
        if (roundId <= 0) {
            throw new IllegalArgumentException("A round id is positive: " + roundId);
        }
    }
}
