package org.usrok.fund.ledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the auditor brings to a verification from outside the bundle: the fund's public key as
 * published ({@code --public-key}), which pins the key the bundle's checkpoints must be signed
 * with, and anchors: heads the auditor already holds ({@code --anchor SEQ:HASH}, the head and
 * checkpoints of a previous bundle, checkpoint files downloaded earlier) that the bundle must
 * extend. The files are read here, strictly; a file that does not read is refused with a
 * {@link BundleFormatException} or an {@link IOException}, and the bundle is then not checked.
 */
public record BundleAnchors(PinnedKey pinnedKey, List<Anchor> anchors, List<AnchorCheckpoint> checkpoints) implements Serializable {

    /** No key pinned, no anchors. */
    public static final BundleAnchors NONE = new BundleAnchors(null, List.of(), List.of());

    private static final Pattern ANCHOR = Pattern.compile("(0|[1-9][0-9]{0,17}):([0-9a-f]{64})");
    private static final Pattern PEM = Pattern.compile(
            "\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*");
    private static final Pattern BASE64 = Pattern.compile("\\s*([A-Za-z0-9+/=]+)\\s*");
    private static final Pattern FILE_LINE = Pattern.compile("([A-Za-z]+)=(.*)");
    private static final List<String> FILE_NAMES = List.of("sequence", "head", "recordedAt", "reason", "keyId",
            "signature");

    public BundleAnchors {
        anchors = List.copyOf(anchors);
        checkpoints = List.copyOf(checkpoints);
    }

    /** The published key: its X.509 SubjectPublicKeyInfo bytes and where it came from. */
    public record PinnedKey(byte[] subjectPublicKeyInfo, String source) implements Serializable {

        public PinnedKey {
            subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
            Objects.requireNonNull(source, "source");
        }

        @Override
        public byte[] subjectPublicKeyInfo() {
            return subjectPublicKeyInfo.clone();
        }
    }

    /** A head the auditor holds: entry {@code sequence} has {@code hash}; {@code source} says where it came from. */
    public record Anchor(long sequence, String hash, String source) implements Serializable {
    }

    /** A checkpoint file the auditor downloaded: the bundle must extend its head, and its signature must verify. */
    public record AnchorCheckpoint(BundleCheckpoint checkpoint, String source) implements Serializable {
    }

    public BundleAnchors withPinnedKey(PinnedKey key) {
        return new BundleAnchors(key, anchors, checkpoints);
    }

    public BundleAnchors with(Anchor anchor) {
        return with(List.of(anchor), List.of());
    }

    public BundleAnchors with(List<Anchor> more, List<AnchorCheckpoint> moreCheckpoints) {
        List<Anchor> allAnchors = new ArrayList<>(anchors);
        allAnchors.addAll(more);
        List<AnchorCheckpoint> allCheckpoints = new ArrayList<>(checkpoints);
        allCheckpoints.addAll(moreCheckpoints);
        return new BundleAnchors(pinnedKey, allAnchors, allCheckpoints);
    }

    /** {@code SEQ:HASH}, as given to {@code --anchor}: a sequence from 0 and 64 lower-case hex digits. */
    public static Anchor anchor(String text) {
        Matcher m = ANCHOR.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--anchor is '" + text
                    + "' but must be SEQ:HASH, a sequence and 64 lower-case hex digits");
        }
        return new Anchor(Long.parseLong(m.group(1)), m.group(2), "--anchor " + text);
    }

    /**
     * The SubjectPublicKeyInfo bytes of a published key: PEM ({@code -----BEGIN PUBLIC KEY-----},
     * as the portal's Checkpoints page, the API's {@code pem} and {@code checkpoint-key.pem}
     * show it) or the bare Base64 of the API's {@code publicKey}. Whether they are an Ed25519 key
     * is checked when a signature is verified with them.
     */
    public static byte[] publicKeyBytes(String file, String text) {
        Matcher pem = PEM.matcher(text);
        Matcher bare = BASE64.matcher(text);
        String base64 = pem.matches() ? pem.group(1).replaceAll("\\s", "") : bare.matches() ? bare.group(1) : null;
        if (base64 == null) {
            throw new BundleFormatException(file, 0, "is not a public key: expected PEM (-----BEGIN PUBLIC KEY-----) "
                    + "or the Base64 of the key");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file, 0, "is not a public key: its Base64 does not decode");
        }
    }

    /** The key published by the fund, read from {@code file} ({@code --public-key}). */
    public static PinnedKey publicKey(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        byte[] key = publicKeyBytes(file.toString(), text);
        try {
            BundleCheckpointCheck.key(key);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file.toString(), 0, "is not an Ed25519 public key");
        }
        return new PinnedKey(key, file.toString());
    }

    /**
     * A checkpoint file as the server offers it ({@code GET /api/ledger/checkpoints/{id}/file},
     * the portal's Checkpoints page): the five lines of the signed text, then {@code keyId=} and
     * {@code signature=}, each line ending in LF.
     */
    public static AnchorCheckpoint checkpointFile(Path file) throws IOException {
        String name = file.toString();
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        if (!text.endsWith("\n") || text.indexOf('\r') >= 0) {
            throw new BundleFormatException(name, 0, "is not a checkpoint file: its lines end in LF, the last one too");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != FILE_NAMES.size() + 1 || !lines[0].equals("fund-ledger-checkpoint v1")) {
            throw new BundleFormatException(name, 1, "is not a checkpoint file: expected 'fund-ledger-checkpoint v1' "
                    + "and the lines " + String.join("=, ", FILE_NAMES) + "=");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher m = FILE_LINE.matcher(lines[i]);
            if (!m.matches() || !m.group(1).equals(FILE_NAMES.get(i - 1))) {
                throw new BundleFormatException(name, i + 1, "expected '" + FILE_NAMES.get(i - 1) + "=...' but found '"
                        + lines[i] + "'");
            }
            values.put(m.group(1), m.group(2));
        }
        String reason = values.get("reason");
        if (!BundleCheckpoint.REASONS.contains(reason)) {
            throw Fields.bad(name, 5, "reason", reason, "one of " + String.join(", ", BundleCheckpoint.REASONS));
        }
        BundleCheckpoint checkpoint = new BundleCheckpoint(0, Fields.number(name, 2, "sequence", values.get("sequence")),
                Fields.hash(name, 3, "head", values.get("head")),
                Fields.instant(name, 4, "recordedAt", values.get("recordedAt")), reason, "-",
                Fields.hash(name, 6, "keyId", values.get("keyId")), values.get("signature"), List.of());
        return new AnchorCheckpoint(checkpoint, name);
    }

    /**
     * The anchors a previous bundle gives ({@code --anchor-bundle}): its head (the manifest's
     * {@code last-sequence} and {@code head-hash}) and, from version 4, every checkpoint in it, each
     * as a plain anchor. The previous bundle is read, not verified: verify it on its own first.
     */
    public static List<Anchor> previousBundle(Path path) throws IOException {
        String name = path.toString();
        List<Anchor> anchors = new ArrayList<>();
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            BundleManifest manifest = BundleManifest.parse(read(zip, BundleFiles.MANIFEST, name));
            if (manifest.lastSequence() != null) {
                anchors.add(new Anchor(manifest.lastSequence(), manifest.headHash(), "the head of " + name));
            }
            if (BundleFiles.hasCheckpoints(manifest.format())) {
                for (BundleCheckpoint c : LedgerBundleReader.checkpoints(read(zip, BundleFiles.CHECKPOINTS, name))) {
                    anchors.add(new Anchor(c.sequence(), c.headHash(), "checkpoint " + c.id() + " of " + name));
                }
            }
        }
        return anchors;
    }

    private static byte[] read(ZipFile zip, String file, String bundle) throws IOException {
        ZipEntry entry = zip.getEntry(file);
        if (entry == null) {
            throw new BundleFormatException(file, 0, "is missing from " + bundle);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
