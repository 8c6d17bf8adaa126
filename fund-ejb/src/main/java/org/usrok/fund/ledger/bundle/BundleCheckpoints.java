package org.usrok.fund.ledger.bundle;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The signed checkpoints a bundle of version 4 carries: the fund's public key as published (PEM,
 * {@code checkpoint-key.pem}) and every checkpoint stored up to the exported head
 * ({@code checkpoints.csv}), ordered by sequence and id.
 */
public record BundleCheckpoints(String publicKeyPem, List<BundleCheckpoint> checkpoints) implements Serializable {

    public BundleCheckpoints {
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(BundleCheckpoint::sequence)
                .thenComparingLong(BundleCheckpoint::id)).toList();
    }
}
