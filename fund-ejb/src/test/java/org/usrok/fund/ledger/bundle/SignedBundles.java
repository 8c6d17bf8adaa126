package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.checkpoint.CheckpointReason;
import org.usrok.fund.ledger.checkpoint.CheckpointSigning;
import org.usrok.fund.ledger.checkpoint.CheckpointText;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Bundles of version 4 as the server writes them: checkpoints signed by the server's own code
 * ({@link CheckpointText}, {@link CheckpointSigning}) with an Ed25519 key made for the test, and
 * that key's PEM. Signing with the server's code is deliberate: the verifier rebuilds the text on
 * its own, so a bundle that verifies proves the two agree.
 */
final class SignedBundles {

    private SignedBundles() {
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair key) {
        String base64 = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return pem.append("-----END PUBLIC KEY-----\n").toString();
    }

    static String keyId(KeyPair key) {
        return CheckpointSigning.keyId(key.getPublic());
    }

    /** A checkpoint of {@code head} at {@code sequence}, signed with {@code key}. */
    static BundleCheckpoint checkpoint(KeyPair key, long id, long sequence, String head, String reason,
                                       List<BundleCheckpoint.BundleCountersignature> countersignatures) {
        Instant at = Instant.parse("2026-12-01T10:00:00.123456Z").plusSeconds(id * 3600);
        CheckpointText text = new CheckpointText(sequence, head, at, CheckpointReason.valueOf(reason));
        return new BundleCheckpoint(id, sequence, head, at, reason, "auditor", keyId(key),
                CheckpointSigning.sign(key.getPrivate(), text), countersignatures);
    }

    /**
     * The checkpoints an honest fund holds for {@code chain}: one at entry 2 (an export), one at
     * entry 3 (scheduled, countersigned by both governments) and the export's own at the head.
     */
    static List<BundleCheckpoint> checkpoints(KeyPair key, List<JournalEntryRecord> chain) {
        List<BundleCheckpoint> checkpoints = new ArrayList<>();
        checkpoints.add(checkpoint(key, 11, 2, chain.get(1).hash(), "EXPORT", List.of()));
        checkpoints.add(checkpoint(key, 12, 3, chain.get(2).hash(), "SCHEDULED", List.of(
                new BundleCheckpoint.BundleCountersignature("US", "us.officer1", Instant.parse("2026-12-02T09:00:00Z")),
                new BundleCheckpoint.BundleCountersignature("KR", "kr.officer1", Instant.parse("2026-12-02T10:00:00Z")))));
        JournalEntryRecord head = chain.get(chain.size() - 1);
        checkpoints.add(checkpoint(key, 13, head.sequence(), head.hash(), "EXPORT", List.of()));
        return checkpoints;
    }

    static LedgerBundle bundle(List<JournalEntryRecord> chain, KeyPair key, List<BundleCheckpoint> checkpoints) {
        return new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor", BundleFixtures.chart(), chain,
                BundleBalance.fromJournal(BundleFixtures.chart(), chain), List.of(), BundleFixtures.rates(),
                new BundleCheckpoints(pem(key), checkpoints));
    }

    /** The fixture ledger, honestly exported with its checkpoints. */
    static byte[] bytes(KeyPair key) {
        List<JournalEntryRecord> chain = BundleFixtures.chain();
        return LedgerBundleWriter.toBytes(bundle(chain, key, checkpoints(key, chain)));
    }
}
