package org.usrok.fund.ledger.bundle;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offline verifier's checks of the fund's signed checkpoints (bundle version 4) and of the
 * auditor's anchors, written from docs/ledger.md alone: the signed text is rebuilt by
 * {@link BundleCheckpoint#signedText()} and the Ed25519 signature checked with the JDK, without
 * any of the server's checkpoint classes. A bundle's checkpoints are good when
 * <ul>
 * <li>{@code checkpoint-key.pem} is an Ed25519 key and, when a key is pinned
 *     ({@code --public-key}), the same key;</li>
 * <li>every checkpoint names that key and its signature verifies with it (the pinned key when
 *     there is one): a rewritten head needs the fund's private key;</li>
 * <li>the journal's entry at every checkpoint's sequence has the signed head, and no checkpoint
 *     is beyond the last entry (a truncated journal);</li>
 * <li>the bundle's head is covered by a valid checkpoint: the server signs the head of every
 *     export, so an appended entry, or a tail cut off below the export's checkpoint, is found.</li>
 * </ul>
 * Every anchor must be an entry of the journal with the anchored hash; an anchor checkpoint's
 * signature must verify too. Countersignatures are not signatures: they are listed, not checked.
 */
final class BundleCheckpointCheck {

    static final String GENESIS = "0".repeat(64);
    private static final String ALGORITHM = "Ed25519";

    /** Where the checks put what they find and what they note. */
    interface Sink {
        void finding(String file, Long sequence, String problem);

        void note(String note);
    }

    private final Sink sink;

    BundleCheckpointCheck(Sink sink) {
        this.sink = sink;
    }

    /** The sequences whose hashes the checks need from the journal pass. */
    static Set<Long> wanted(BundleCheckpoints evidence, BundleAnchors anchors) {
        Set<Long> wanted = new HashSet<>();
        if (evidence != null) {
            evidence.checkpoints().forEach(c -> wanted.add(c.sequence()));
        }
        anchors.anchors().forEach(a -> wanted.add(a.sequence()));
        anchors.checkpoints().forEach(a -> wanted.add(a.checkpoint().sequence()));
        return wanted;
    }

    /**
     * Runs the checks. {@code hasCheckpoints}: the bundle's format carries checkpoints;
     * {@code evidence}: what it carries, null when the files are missing or do not read (already
     * reported); {@code last}: the journal's last sequence (0 when empty); {@code hashes}: the
     * journal's hash at each wanted sequence it has.
     */
    void check(boolean hasCheckpoints, BundleCheckpoints evidence, BundleAnchors anchors, long last,
               Map<Long, String> hashes) {
        PublicKey bundleKey = null;
        String bundleKeyId = null;
        if (evidence != null) {
            try {
                byte[] der = BundleAnchors.publicKeyBytes(BundleFiles.CHECKPOINT_KEY, evidence.publicKeyPem());
                bundleKey = key(der);
                bundleKeyId = keyId(der);
            } catch (BundleFormatException | IllegalArgumentException e) {
                sink.finding(BundleFiles.CHECKPOINT_KEY, null, "is not an Ed25519 public key: no checkpoint can be "
                        + "checked with it");
            }
        }
        PublicKey pinned = null;
        String pinnedId = null;
        if (anchors.pinnedKey() != null) {
            byte[] der = anchors.pinnedKey().subjectPublicKeyInfo();
            pinned = key(der);
            pinnedId = keyId(der);
            if (bundleKeyId != null && !bundleKeyId.equals(pinnedId)) {
                sink.finding(BundleFiles.CHECKPOINT_KEY, null, "holds key " + bundleKeyId + " but the key pinned with "
                        + "--public-key (" + anchors.pinnedKey().source() + ") is " + pinnedId
                        + ": the checkpoints are checked with the pinned key");
            }
        }
        PublicKey trusted = pinned != null ? pinned : bundleKey;
        String trustedId = pinned != null ? pinnedId : bundleKeyId;
        if (hasCheckpoints && evidence != null && trusted != null) {
            checkCheckpoints(evidence.checkpoints(), trusted, trustedId, pinned != null, last, hashes);
        } else if (!hasCheckpoints && pinned != null) {
            sink.note("checkpoints: this bundle's format carries none; the key pinned with --public-key is used only "
                    + "for the anchor checkpoints");
        }
        for (BundleAnchors.AnchorCheckpoint anchor : anchors.checkpoints()) {
            checkAnchorCheckpoint(anchor, trusted, trustedId, last, hashes);
        }
        for (BundleAnchors.Anchor anchor : anchors.anchors()) {
            if (checkAnchor(anchor.sequence(), anchor.hash(), anchor.source(), last, hashes)) {
                sink.note("anchor: the journal extends " + anchor.source() + " (entry " + anchor.sequence() + ", hash "
                        + anchor.hash() + ")");
            }
        }
    }

    private void checkCheckpoints(List<BundleCheckpoint> checkpoints, PublicKey key, String keyId, boolean pinned,
                                  long last, Map<Long, String> hashes) {
        String file = BundleFiles.CHECKPOINTS;
        long latestValid = -1;
        int valid = 0;
        int countersigned = 0;
        for (BundleCheckpoint c : checkpoints) {
            List<String> problems = new ArrayList<>();
            if (!c.keyId().equals(keyId)) {
                problems.add("names key " + c.keyId() + ", not the fund's key " + keyId);
            }
            if (!verifies(key, c)) {
                problems.add("the fund's signature does not verify with key " + keyId
                        + ": the checkpoint was forged or changed");
            }
            String journal = headProblem(c.sequence(), c.headHash(), last, hashes);
            if (journal != null) {
                problems.add(journal + " (the fund signed head " + c.headHash() + ")");
            }
            for (String problem : problems) {
                sink.finding(file, c.sequence(), "checkpoint " + c.id() + ": " + problem);
            }
            if (problems.isEmpty()) {
                valid++;
                latestValid = Math.max(latestValid, c.sequence());
                if (c.countersignatures().size() == 2) {
                    countersigned++;
                }
            }
        }
        if (latestValid != last) {
            sink.finding(file, last, "no valid signed checkpoint covers the head (entry " + last + "): "
                    + (latestValid < 0 ? "there is none" : "the latest is at entry " + latestValid)
                    + "; the fund signs the head of every export, so entries were appended or the journal was cut off "
                    + "after it");
        }
        sink.note("checkpoints: " + valid + " of " + checkpoints.size() + " signed checkpoints verify"
                + (latestValid >= 0 ? ", the latest at entry " + latestValid : "") + ", " + countersigned
                + " countersigned by both governments; key " + keyId + (pinned ? " (pinned with --public-key)"
                : " (NOT pinned: compare this key id with the one the fund published, or pass --public-key)"));
    }

    private void checkAnchorCheckpoint(BundleAnchors.AnchorCheckpoint anchor, PublicKey key, String keyId, long last,
                                       Map<Long, String> hashes) {
        BundleCheckpoint c = anchor.checkpoint();
        if (key == null) {
            sink.finding(anchor.source(), c.sequence(), "its signature cannot be checked: neither --public-key nor "
                    + "the bundle gives the fund's key");
        } else {
            if (!c.keyId().equals(keyId)) {
                sink.finding(anchor.source(), c.sequence(), "names key " + c.keyId() + ", not the fund's key " + keyId);
            }
            if (!verifies(key, c)) {
                sink.finding(anchor.source(), c.sequence(), "the fund's signature does not verify with key " + keyId
                        + ": the checkpoint file was forged or changed");
            }
        }
        if (checkAnchor(c.sequence(), c.headHash(), anchor.source(), last, hashes)) {
            sink.note("anchor: the journal extends the checkpoint in " + anchor.source() + " (entry " + c.sequence()
                    + ", hash " + c.headHash() + ")");
        }
    }

    private boolean checkAnchor(long sequence, String hash, String source, long last, Map<Long, String> hashes) {
        String problem = headProblem(sequence, hash, last, hashes);
        if (problem != null) {
            sink.finding(source, sequence, problem + " (anchored hash " + hash + "): the bundle does not extend it");
            return false;
        }
        return true;
    }

    /** Why the journal does not have {@code hash} at {@code sequence}, or null when it does. */
    private static String headProblem(long sequence, String hash, long last, Map<Long, String> hashes) {
        if (sequence == 0) {
            return GENESIS.equals(hash) ? null : "sequence 0 is the empty journal, whose head is 64 zeros";
        }
        if (sequence > last) {
            return "is beyond the end: journal.csv ends at entry " + last + ", so entries up to " + sequence
                    + " were removed";
        }
        String actual = hashes.get(sequence);
        if (actual == null) {
            return "journal.csv has no entry " + sequence;
        }
        return actual.equals(hash) ? null : "journal.csv's entry " + sequence + " has hash " + actual
                + ": history up to that entry was changed";
    }

    private static boolean verifies(PublicKey key, BundleCheckpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.signedBytes());
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (IllegalArgumentException | InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** An Ed25519 public key from its SubjectPublicKeyInfo; IllegalArgumentException when it is not one. */
    static PublicKey key(byte[] subjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** The key id: SHA-256 of the SubjectPublicKeyInfo bytes, lower-case hex. */
    static String keyId(byte[] subjectPublicKeyInfo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
