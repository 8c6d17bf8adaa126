package org.usrok.fund.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code hash = SHA-256(previous hash || canonical bytes)}, as lower-case hex. The previous hash
 * enters as its 32 raw bytes; the first entry's previous hash is {@link #GENESIS} (64 zeros).
 */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    // one digest per thread: looking SHA-256 up for each of a million entries cost more than hashing
    // them (B3, docs/performance.md)
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    public static String of(String previousHash, byte[] canonical) {
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        sha256.update(HexFormat.of().parseHex(previousHash));
        sha256.update(canonical);
        return HexFormat.of().formatHex(sha256.digest());
    }
}
