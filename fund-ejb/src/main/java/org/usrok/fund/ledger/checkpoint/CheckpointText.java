package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.ledger.CanonicalForm;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What the fund signs for a checkpoint: the chain's head at a sequence, when and why it was
 * recorded. The canonical text (docs/ledger.md) is ASCII, one {@code name=value} per line, each
 * line ending in LF, in this order:
 * <pre>
 * fund-ledger-checkpoint v1
 * sequence=42
 * head=&lt;64 lower-case hex digits&gt;
 * recordedAt=2026-12-06T23:59:00.123456Z
 * reason=EXPORT
 * </pre>
 * Fixed so that anyone can rebuild the signed bytes from the published fields with nothing but a
 * text editor, and check the signature with the JDK or OpenSSL.
 */
public record CheckpointText(long sequence, String headHash, Instant recordedAt, CheckpointReason reason) implements Serializable {

    public static final String VERSION = "fund-ledger-checkpoint v1";

    public CheckpointText {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(headHash, "headHash");
        if (headHash.length() != 64 || !headHash.equals(headHash.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("head must be 64 lower-case hex digits: " + headHash);
        }
        HexFormat.of().parseHex(headHash);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(reason, "reason");
        // the text carries microseconds, as the database stores them
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical text: the exact input of the signature. */
    public String text() {
        return VERSION + '\n'
                + "sequence=" + sequence + '\n'
                + "head=" + headHash + '\n'
                + "recordedAt=" + CanonicalForm.instant(recordedAt) + '\n'
                + "reason=" + reason.name() + '\n';
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.US_ASCII);
    }
}
