package org.usrok.fund.ledger;

import java.security.DigestException;
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
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ChainHash::sha256);

    private static final String HEX_DIGITS = "0123456789abcdef";

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String of(String previousHash, byte[] canonical) {
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        sha256.update(HexFormat.of().parseHex(previousHash));
        sha256.update(canonical);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Recomputes the hashes of a chain entry after entry, as raw bytes in reused arrays and
     * compared with the stored hex without building text: verifying a million entries spent more
     * time parsing and formatting hex than hashing (B3, docs/performance.md). Not thread-safe:
     * one per verification.
     */
    static final class Recomputer {

        private final MessageDigest sha256 = sha256();
        private byte[] previous = new byte[32]; // the genesis: 32 zero bytes
        private byte[] next = new byte[32];

        /**
         * Whether {@code SHA-256(previous hash || canonical[0, length))} is {@code hash}, written as
         * {@link #of} writes it; when it is, that hash becomes the previous one for the next entry.
         */
        boolean nextIs(byte[] canonical, int length, String hash) {
            sha256.update(previous);
            sha256.update(canonical, 0, length);
            try {
                sha256.digest(next, 0, next.length);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 writes 32 bytes", e);
            }
            if (!isHex(next, hash)) {
                return false;
            }
            byte[] used = previous;
            previous = next;
            next = used;
            return true;
        }

        private static boolean isHex(byte[] bytes, String hex) {
            if (hex == null || hex.length() != 2 * bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (hex.charAt(2 * i) != HEX_DIGITS.charAt(bytes[i] >> 4 & 0xF)
                        || hex.charAt(2 * i + 1) != HEX_DIGITS.charAt(bytes[i] & 0xF)) {
                    return false;
                }
            }
            return true;
        }
    }
}
