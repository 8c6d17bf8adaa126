package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.bundle.BundleCheckpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's options for what the auditor holds: {@code --public-key}, {@code --anchor},
 * {@code --anchor-bundle} and {@code --anchor-checkpoint}, their output and exit codes.
 */
class AnchorOptionsTest {

    private static final KeyPair FUND = AnchoredBundles.newKey();

    private static InProcessRun run(String... args) {
        return InProcessRun.of(args);
    }

    private static String lines(String... lines) {
        return InProcessRun.lines(lines);
    }

    private static String independentOk(List<JournalEntryRecord> chain) {
        return "Independent chain check (from docs/ledger.md, no shared code): " + chain.size() + " entries, head "
                + chain.get(chain.size() - 1).hash() + ": OK";
    }

    @Test
    void aPinnedKeyAndAnchorsTheBundleExtendsAreOkAndSaidSo(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> old = AnchoredBundles.chain(3, 0, null);
        List<JournalEntryRecord> chain = AnchoredBundles.chain(5, 0, null);
        Path previous = AnchoredBundles.write(dir.resolve("previous.zip"), old, FUND,
                List.of(AnchoredBundles.checkpoint(FUND, old.get(2))));
        BundleCheckpoint second = AnchoredBundles.checkpoint(FUND, chain.get(1));
        Path bundle = AnchoredBundles.write(dir.resolve("bundle.zip"), chain, FUND,
                List.of(second, AnchoredBundles.checkpoint(FUND, chain.get(4))));
        Path key = AnchoredBundles.writeText(dir.resolve("fund.pem"), AnchoredBundles.pem(FUND));
        Path file = AnchoredBundles.writeText(dir.resolve("checkpoint.txt"), AnchoredBundles.file(second));

        InProcessRun unpinned = run(bundle.toString());
        InProcessRun anchored = run("--public-key", key.toString(), "--anchor", "1:" + chain.get(0).hash(),
                "--anchor-bundle", previous.toString(), "--anchor-checkpoint", file.toString(), bundle.toString());

        assertThat(unpinned.exit()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(unpinned.out()).isEqualTo(lines("OK: 5 entries, head " + chain.get(4).hash(),
                "checkpoints: 2 of 2 signed checkpoints verify, the latest at entry 5, 0 countersigned by both "
                        + "governments; key " + AnchoredBundles.keyId(FUND) + " (NOT pinned: compare this key id with "
                        + "the one the fund published, or pass --public-key)", independentOk(chain)));
        assertThat(anchored.exit()).as(anchored.out() + anchored.err()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(anchored.out()).isEqualTo(lines("OK: 5 entries, head " + chain.get(4).hash(),
                "checkpoints: 2 of 2 signed checkpoints verify, the latest at entry 5, 0 countersigned by both "
                        + "governments; key " + AnchoredBundles.keyId(FUND) + " (pinned with --public-key)",
                "anchor: the journal extends the checkpoint in " + file + " (entry 2, hash " + chain.get(1).hash() + ")",
                "anchor: the journal extends --anchor 1:" + chain.get(0).hash() + " (entry 1, hash "
                        + chain.get(0).hash() + ")",
                "anchor: the journal extends the head of " + previous + " (entry 3, hash " + old.get(2).hash() + ")",
                "anchor: the journal extends checkpoint 3 of " + previous + " (entry 3, hash " + old.get(2).hash()
                        + ")", independentOk(chain)));
    }

    @Test
    void aRewrittenHistoryOrAnotherKeyExitsOneNamingTheEntry(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> honest = AnchoredBundles.chain(4, 0, null);
        List<JournalEntryRecord> rewritten = AnchoredBundles.chain(4, 2, "999.99");
        KeyPair attacker = AnchoredBundles.newKey();
        Path forged = AnchoredBundles.write(dir.resolve("forged.zip"), rewritten, attacker,
                List.of(AnchoredBundles.checkpoint(attacker, rewritten.get(3))));
        Path key = AnchoredBundles.writeText(dir.resolve("fund.pem"), AnchoredBundles.pem(FUND));

        InProcessRun run = run("--public-key", key.toString(), "--anchor", "3:" + honest.get(2).hash(), forged.toString());

        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(run.out()).contains("BAD: checkpoint-key.pem: holds key " + AnchoredBundles.keyId(attacker)
                        + " but the key pinned with --public-key (" + key + ") is " + AnchoredBundles.keyId(FUND))
                .contains("BAD: checkpoints.csv, entry 4: checkpoint 4: the fund's signature does not verify with key "
                        + AnchoredBundles.keyId(FUND))
                .contains("BAD: --anchor 3:" + honest.get(2).hash() + ", entry 3: journal.csv's entry 3 has hash "
                        + rewritten.get(2).hash() + ": history up to that entry was changed")
                .endsWith("FAILED: 5 problems in " + forged + System.lineSeparator());
    }

    @Test
    void unreadableKeysAndAnchorsAreNotChecked(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> chain = AnchoredBundles.chain(2, 0, null);
        Path bundle = AnchoredBundles.write(dir.resolve("bundle.zip"), chain, FUND,
                List.of(AnchoredBundles.checkpoint(FUND, chain.get(1))));
        Path notAKey = AnchoredBundles.writeText(dir.resolve("key.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n"
                + "-----END PUBLIC KEY-----\n");
        Path notAFile = AnchoredBundles.writeText(dir.resolve("cp.txt"), "hello\n");

        InProcessRun badAnchor = run("--anchor", "2:xyz", bundle.toString());
        InProcessRun noValue = run(bundle.toString(), "--anchor");
        InProcessRun twoKeys = run("--public-key", notAKey.toString(), "--public-key", notAKey.toString(), bundle.toString());
        InProcessRun badKey = run("--public-key", notAKey.toString(), bundle.toString());
        InProcessRun badFile = run("--anchor-checkpoint", notAFile.toString(), bundle.toString());
        InProcessRun noBundle = run("--anchor-bundle", dir.resolve("none.zip").toString(), bundle.toString());

        assertThat(List.of(badAnchor, noValue, badKey, badFile, noBundle)).allSatisfy(r -> {
            assertThat(r.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
            assertThat(r.out()).isEmpty();
        });
        assertThat(badAnchor.err()).startsWith("--anchor is '2:xyz' but must be SEQ:HASH");
        assertThat(noValue.err()).startsWith("--anchor needs a value");
        assertThat(twoKeys.exit()).isEqualTo(VerifyLedgerBundle.UNUSABLE);
        assertThat(badKey.err()).startsWith("cannot read " + notAKey + " (--public-key): " + notAKey
                + ": is not an Ed25519 public key");
        assertThat(badFile.err()).contains("is not a checkpoint file");
        assertThat(noBundle.err()).contains("no such file");
    }
}
