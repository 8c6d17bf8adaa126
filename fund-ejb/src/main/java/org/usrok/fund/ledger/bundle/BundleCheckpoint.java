package org.usrok.fund.ledger.bundle;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code checkpoints.csv} (bundle version 4): a checkpoint the fund signed, as stored,
 * with the governments' countersignatures. The verifier rebuilds the signed text from these fields
 * itself ({@link #signedText()}, written from docs/ledger.md, "Canonical checkpoint text"), and
 * never from the server's code: a check shares no code with what it checks.
 */
public record BundleCheckpoint(long id, long sequence, String headHash, Instant recordedAt, String reason,
                               String recordedBy, String keyId, String signature,
                               List<BundleCountersignature> countersignatures) implements Serializable {

    /** The reasons a checkpoint is recorded for, as the text spells them. */
    public static final List<String> REASONS = List.of("EXPORT", "SCHEDULED", "MANUAL");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern(
            "uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public BundleCheckpoint {
        Objects.requireNonNull(headHash, "headHash");
        recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        countersignatures = List.copyOf(countersignatures);
        if (sequence < 0) {
            throw new IllegalArgumentException("A checkpoint's sequence is not negative: " + sequence);
        }
    }

    /** A government's countersignature: {@code US} or {@code KR}, the officer, when. Not a signature of its own. */
    public record BundleCountersignature(String government, String officer, Instant countersignedAt) implements Serializable {

        public BundleCountersignature {
            Objects.requireNonNull(government, "government");
            Objects.requireNonNull(officer, "officer");
            countersignedAt = Objects.requireNonNull(countersignedAt, "countersignedAt").truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** {@code recorded_at} as the text and the CSV spell it: UTC, exactly six fraction digits. */
    static String time(Instant instant) {
        return MICROS.format(instant);
    }

    /**
     * The canonical checkpoint text (version 1) the fund signed: five {@code name=value} lines,
     * each ending in LF, ASCII.
     */
    public String signedText() {
        return "fund-ledger-checkpoint v1\n"
                + "sequence=" + sequence + "\n"
                + "head=" + headHash + "\n"
                + "recordedAt=" + time(recordedAt) + "\n"
                + "reason=" + reason + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.US_ASCII);
    }

    /** The countersignature of {@code government}, or null. */
    BundleCountersignature countersignature(String government) {
        return countersignatures.stream().filter(c -> c.government().equals(government)).findFirst().orElse(null);
    }
}
