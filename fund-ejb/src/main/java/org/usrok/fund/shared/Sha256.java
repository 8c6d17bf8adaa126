package org.usrok.fund.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 fingerprint the fund records for stored bytes (attachments, payment files, certificates). */
public final class Sha256 {

    private Sha256() {
    }

    /** SHA-256 of {@code content}, as 64 lower-case hex digits (what {@code sha256sum} prints). */
    public static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
