package org.usrok.fund.ledger.verifier;

import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.bundle.BundleAccount;
import org.usrok.fund.ledger.bundle.BundleBalance;
import org.usrok.fund.ledger.bundle.BundleCheckpoint;
import org.usrok.fund.ledger.bundle.BundleCheckpoints;
import org.usrok.fund.ledger.bundle.LedgerBundle;
import org.usrok.fund.ledger.bundle.LedgerBundleWriter;
import org.usrok.fund.ledger.checkpoint.CheckpointReason;
import org.usrok.fund.ledger.checkpoint.CheckpointSigning;
import org.usrok.fund.ledger.checkpoint.CheckpointText;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Small version 4 bundles for the command line's tests: {@code n} USD receipts, chained, with the
 * fund's checkpoints (signed by the server's code with a key made for the test) at chosen entries,
 * the key's PEM and checkpoint files as the portal offers them.
 */
final class AnchoredBundles {

    private static final List<BundleAccount> CHART = List.of(
            new BundleAccount("1100-USD", "Contributions receivable - U.S. Government", AccountKind.ASSET,
                    CurrencyCode.USD),
            new BundleAccount("1200-USD", "Fund cash (USD)", AccountKind.ASSET, CurrencyCode.USD));

    private AnchoredBundles() {
    }

    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String keyId(KeyPair key) {
        return CheckpointSigning.keyId(key.getPublic());
    }

    static String pem(KeyPair key) {
        String base64 = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** {@code n} receipts, the {@code k}-th of {@code 100 + k} dollars (or {@code amount} for entry {@code changed}). */
    static List<JournalEntryRecord> chain(int n, int changed, String amount) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int k = 1; k <= n; k++) {
            Money money = Money.of(k == changed ? amount : (100 + k) + ".00", CurrencyCode.USD);
            JournalEntryRecord entry = new JournalEntryRecord(k, "contribution-receipt-US-" + k, LocalDate.of(2026, 12, 1),
                    Instant.parse("2026-12-01T09:00:00Z").plusSeconds(k), "round 1", "us.officer1", "receipt " + k,
                    null, List.of(JournalLine.debit("1200-USD", money), JournalLine.credit("1100-USD", money)), null,
                    null).chainedAfter(previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    static BundleCheckpoint checkpoint(KeyPair key, JournalEntryRecord entry) {
        Instant at = Instant.parse("2026-12-02T00:00:00.000001Z").plusSeconds(entry.sequence());
        CheckpointText text = new CheckpointText(entry.sequence(), entry.hash(), at, CheckpointReason.EXPORT);
        return new BundleCheckpoint(entry.sequence(), entry.sequence(), entry.hash(), at, "EXPORT", "auditor",
                keyId(key), CheckpointSigning.sign(key.getPrivate(), text), List.of());
    }

    /** The file {@code GET /api/ledger/checkpoints/{id}/file} gives for this checkpoint. */
    static String file(BundleCheckpoint c) {
        return c.signedText() + "keyId=" + c.keyId() + "\nsignature=" + c.signature() + "\n";
    }

    static Path write(Path file, List<JournalEntryRecord> chain, KeyPair key, List<BundleCheckpoint> checkpoints)
            throws IOException {
        LedgerBundle bundle = new LedgerBundle(Instant.parse("2026-12-03T00:00:00Z"), "auditor", CHART, chain,
                BundleBalance.fromJournal(CHART, chain), List.of(), List.of(), new BundleCheckpoints(pem(key),
                checkpoints));
        return Files.write(file, LedgerBundleWriter.toBytes(bundle));
    }

    static Path writeText(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
