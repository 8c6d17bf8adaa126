package org.usrok.fund.ledger.bundle;

import java.io.Serializable;

/** One row of {@code hashes.csv}: an entry's sequence, the hash it follows and its own hash. */
public record BundleHash(long sequence, String previousHash, String hash) implements Serializable {
}
