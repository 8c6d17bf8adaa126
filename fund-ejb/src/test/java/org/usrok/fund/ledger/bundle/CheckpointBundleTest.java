package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bundle version 4: the fund's signed checkpoints and key travel with the journal, and the offline
 * verifier checks the journal against them and against what the auditor holds (a pinned key,
 * anchors). The attacks of issue 14 are played against the verifier by a forger who recomputes
 * every hash and the manifest, so that the chain alone verifies; each must now be found.
 */
class CheckpointBundleTest {

    private static final KeyPair FUND = SignedBundles.newKey();
    private static final List<JournalEntryRecord> CHAIN = BundleFixtures.chain();

    private static BundleVerifier.Report verify(byte[] zip, BundleAnchors anchors) throws IOException {
        return BundleVerifier.verify(new ByteArrayInputStream(zip), anchors);
    }

    private static BundleVerifier.Report verify(byte[] zip) throws IOException {
        return verify(zip, BundleAnchors.NONE);
    }

    private static List<String> findings(BundleVerifier.Report report) {
        return report.findings().stream().map(BundleVerifier.Finding::toString).toList();
    }

    private static BundleAnchors pinned(KeyPair key) {
        return BundleAnchors.NONE.withPinnedKey(new BundleAnchors.PinnedKey(key.getPublic().getEncoded(), "fund.pem"));
    }

    /** The fund's checkpoints of the honest chain written beside a forged {@code chain}: what a forger cannot re-sign. */
    private static byte[] forged(List<JournalEntryRecord> chain) {
        return LedgerBundleWriter.toBytes(SignedBundles.bundle(chain, FUND, SignedBundles.checkpoints(FUND, CHAIN)));
    }

    private static List<JournalEntryRecord> withEntry(int index, JournalEntryRecord replacement) {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.set(index, replacement);
        return BundleFixtures.chain(entries);
    }

    @Test
    void anHonestBundleVerifiesWithItsCheckpointsAndReadsBack() throws IOException {
        byte[] bundle = SignedBundles.bytes(FUND);

        BundleVerifier.Report report = verify(bundle);
        BundleVerifier.Report withKey = verify(bundle, pinned(FUND));

        assertThat(findings(report)).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.notes()).containsExactly("checkpoints: 3 of 3 signed checkpoints verify, the latest at "
                + "entry 5, 1 countersigned by both governments; key " + SignedBundles.keyId(FUND) + " (NOT pinned: "
                + "compare this key id with the one the fund published, or pass --public-key)");
        assertThat(withKey.ok()).isTrue();
        assertThat(withKey.notes().get(0)).endsWith("key " + SignedBundles.keyId(FUND) + " (pinned with --public-key)");
        LedgerBundle read = LedgerBundleReader.read(new ByteArrayInputStream(bundle));
        assertThat(BundleEdit.of(bundle).text(BundleFiles.MANIFEST)).startsWith("format: fund-ledger-bundle-v4\n")
                .contains("\nsha256 checkpoints.csv: ").contains("\nsha256 checkpoint-key.pem: ");
        assertThat(read.checkpoints()).isEqualTo(new BundleCheckpoints(SignedBundles.pem(FUND),
                SignedBundles.checkpoints(FUND, CHAIN)));
        assertThat(BundleEdit.of(bundle).text(BundleFiles.CHECKPOINTS)).startsWith("id,sequence,head_hash,recorded_at,"
                + "reason,recorded_by,key_id,signature,us_officer,us_countersigned_at,kr_officer,kr_countersigned_at\n"
                + "11,2," + CHAIN.get(1).hash() + ",2026-12-01T21:00:00.123456Z,EXPORT,auditor,"
                + SignedBundles.keyId(FUND) + ",");
    }

    @Test
    void theSignedTextIsTheDocumentedOneAndTheWorkedExampleVerifies() throws GeneralSecurityException {
        BundleCheckpoint example = new BundleCheckpoint(1, 42,
                "228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085",
                Instant.parse("2026-12-06T23:59:00.123456Z"), "EXPORT", "auditor",
                "5c84277f74b9016a6353670126010cf6b41701592f10f403116a54f3232d1d69",
                "WDhZ21r/qNOpJrICdGOJmBshJg/YbNwTG5909VTOvy0iWz1OsGBzuYoBYR/6KUdMJP0vDwokdi3lrpzlRz/qCA==", List.of());
        byte[] publicKey = Base64.getDecoder().decode("MCowBQYDK2VwAyEAbEw2SrMnIujnP0p9YqJXBHx51rP2psM0kPEp1t5egGE=");

        assertThat(example.signedText()).isEqualTo("""
                fund-ledger-checkpoint v1
                sequence=42
                head=228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085
                recordedAt=2026-12-06T23:59:00.123456Z
                reason=EXPORT
                """);
        assertThat(BundleCheckpointCheck.keyId(publicKey)).isEqualTo(example.keyId());
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(example.signedBytes());
        assertThat(ed25519.verify(Base64.getDecoder().decode(example.signature()))).isTrue();
    }

    @Test
    void aRewrittenMiddleAmountWithEveryLaterHashRecomputedIsFoundByTheCheckpointsAndByAnAnchor() throws IOException {
        JournalEntryRecord original = BundleFixtures.entries().get(1);
        JournalEntryRecord raised = BundleFixtures.entry(original.eventId(), original.reference(),
                original.description(), null, List.of(JournalLine.debit("1200-KRW", BundleFixtures.krw("1300000001")),
                        JournalLine.credit("1110-KRW", BundleFixtures.krw("1300000001"))));
        List<JournalEntryRecord> rewritten = withEntry(1, raised);
        byte[] bundle = forged(rewritten);

        BundleVerifier.Report report = verify(bundle);
        BundleVerifier.Report anchored = verify(LedgerBundleWriter.toBytes(new LedgerBundle(BundleFixtures.GENERATED_AT,
                        "auditor", BundleFixtures.chart(), rewritten, BundleBalance.fromJournal(BundleFixtures.chart(),
                        rewritten), List.of(), BundleFixtures.rates())),
                BundleAnchors.NONE.with(BundleAnchors.anchor("2:" + CHAIN.get(1).hash())));

        assertThat(findings(report)).as("the chain itself recomputes: only the signed heads disagree").containsExactly(
                "checkpoints.csv, entry 2: checkpoint 11: journal.csv's entry 2 has hash " + rewritten.get(1).hash()
                        + ": history up to that entry was changed (the fund signed head " + CHAIN.get(1).hash() + ")",
                "checkpoints.csv, entry 3: checkpoint 12: journal.csv's entry 3 has hash " + rewritten.get(2).hash()
                        + ": history up to that entry was changed (the fund signed head " + CHAIN.get(2).hash() + ")",
                "checkpoints.csv, entry 5: checkpoint 13: journal.csv's entry 5 has hash " + rewritten.get(4).hash()
                        + ": history up to that entry was changed (the fund signed head " + CHAIN.get(4).hash() + ")",
                "checkpoints.csv, entry 5: no valid signed checkpoint covers the head (entry 5): there is none; the "
                        + "fund signs the head of every export, so entries were appended or the journal was cut off "
                        + "after it");
        assertThat(findings(anchored)).as("a version 3 bundle with the rewrite, against the auditor's anchor")
                .containsExactly("--anchor 2:" + CHAIN.get(1).hash() + ", entry 2: journal.csv's entry 2 has hash "
                        + rewritten.get(1).hash() + ": history up to that entry was changed (anchored hash "
                        + CHAIN.get(1).hash() + "): the bundle does not extend it");
    }

    /** {@code pool} USD shared pro rata between approved 300.00 and 900.00. */
    private static String certificate(String pool) {
        return Allocator.allocate(new AllocationRequest(PoolMode.PER_COUNTRY, BundleFixtures.usd(pool),
                Money.zero(CurrencyCode.KRW), null, null,
                new AllocationRules(AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, null, null, null),
                List.of(new ClaimEntitlement(1, 10, CountryCode.US, BundleFixtures.usd("300.00")),
                        new ClaimEntitlement(2, 20, CountryCode.US, BundleFixtures.usd("900.00"))))).certificate().text();
    }

    /** The fixture entries, round 5's allocation booking {@code certificate} as entry 6, and one receipt after it. */
    private static List<JournalEntryRecord> withAllocation(String certificate, String booked) {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.add(BundleFixtures.entry("round-5-allocation", "round:5", "Allocation committed: scenario 9, "
                        + "certificate " + LedgerBundleWriter.sha256(certificate.getBytes(StandardCharsets.UTF_8)), null,
                List.of(JournalLine.debit("5100-USD", BundleFixtures.usd(booked)),
                        JournalLine.credit("2100-USD", BundleFixtures.usd(booked)))));
        entries.add(BundleFixtures.entry("contribution-receipt-US-7", "round 2", "", null,
                List.of(JournalLine.debit("1200-USD", BundleFixtures.usd("10.00")),
                        JournalLine.credit("1100-USD", BundleFixtures.usd("10.00")))));
        return BundleFixtures.chain(entries);
    }

    @Test
    void aCertificateRewrittenWithItsEntryIsFoundByTheCheckpointsThoughItRederives() {
        List<JournalEntryRecord> honest = withAllocation(certificate("1000.00"), "1000.00");
        String larger = certificate("1200.00");
        List<JournalEntryRecord> rewritten = withAllocation(larger, "1200.00");
        List<BundleCheckpoint> signed = List.of(
                SignedBundles.checkpoint(FUND, 21, 6, honest.get(5).hash(), "EXPORT", List.of()),
                SignedBundles.checkpoint(FUND, 22, 7, honest.get(6).hash(), "EXPORT", List.of()));
        LedgerBundle forgedBundle = new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor", BundleFixtures.chart(),
                rewritten, BundleBalance.fromJournal(BundleFixtures.chart(), rewritten),
                List.of(new BundleCertificate(5, larger)), BundleFixtures.rates(),
                BundleFixtures.allocationRecords(rewritten), new BundleCheckpoints(SignedBundles.pem(FUND), signed));

        BundleVerifier.Report report = BundleEdit.of(LedgerBundleWriter.toBytes(forgedBundle)).verify();

        assertThat(findings(report)).as("the forged certificate re-derives and its entry books it; only the signed "
                + "heads disagree").containsExactly(
                "checkpoints.csv, entry 6: checkpoint 21: journal.csv's entry 6 has hash " + rewritten.get(5).hash()
                        + ": history up to that entry was changed (the fund signed head " + honest.get(5).hash() + ")",
                "checkpoints.csv, entry 7: checkpoint 22: journal.csv's entry 7 has hash " + rewritten.get(6).hash()
                        + ": history up to that entry was changed (the fund signed head " + honest.get(6).hash() + ")",
                "checkpoints.csv, entry 7: no valid signed checkpoint covers the head (entry 7): there is none; the "
                        + "fund signs the head of every export, so entries were appended or the journal was cut off "
                        + "after it");
    }

    @Test
    void aRewrittenActorIsFoundAtTheFirstCheckpointAfterIt() throws IOException {
        JournalEntryRecord original = BundleFixtures.entries().get(3);
        JournalEntryRecord otherActor = new JournalEntryRecord(0, original.eventId(), original.effectiveDate(),
                original.recordedAt(), original.reference(), "kr.officer1", original.description(),
                original.reverses(), original.lines(), null, null);
        List<JournalEntryRecord> rewritten = withEntry(3, otherActor);

        BundleVerifier.Report report = verify(forged(rewritten), pinned(FUND));

        assertThat(report.ok()).isFalse();
        assertThat(findings(report)).as("entries 1 to 3 are untouched, entry 4 is covered by the head's checkpoint")
                .hasSize(2).allMatch(f -> f.startsWith("checkpoints.csv, entry 5: "))
                .anyMatch(f -> f.contains("checkpoint 13: journal.csv's entry 5 has hash " + rewritten.get(4).hash()));
    }

    @Test
    void aTruncatedTailIsFoundByTheCheckpointBeyondTheEndOrByAnAnchor(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> truncated = CHAIN.subList(0, 3);
        List<BundleCheckpoint> kept = SignedBundles.checkpoints(FUND, CHAIN).subList(0, 2);
        byte[] cleaned = LedgerBundleWriter.toBytes(SignedBundles.bundle(truncated, FUND, kept));
        Path previous = Files.write(dir.resolve("previous.zip"), SignedBundles.bytes(FUND));

        BundleVerifier.Report report = verify(forged(truncated));
        BundleVerifier.Report cleanedAlone = verify(cleaned);
        BundleVerifier.Report anchored = verify(cleaned, BundleAnchors.NONE.with(
                BundleAnchors.anchor("5:" + CHAIN.get(4).hash())));
        BundleVerifier.Report previousBundle = verify(cleaned, BundleAnchors.NONE.with(
                BundleAnchors.previousBundle(previous), List.of()));

        assertThat(findings(report)).containsExactly("checkpoints.csv, entry 5: checkpoint 13: is beyond the end: "
                + "journal.csv ends at entry 3, so entries up to 5 were removed (the fund signed head "
                + CHAIN.get(4).hash() + ")");
        assertThat(cleanedAlone.ok()).as("cut back to an earlier checkpoint with checkpoints.csv cut too: only an "
                + "anchor shows it").isTrue();
        assertThat(findings(anchored)).containsExactly("--anchor 5:" + CHAIN.get(4).hash() + ", entry 5: is beyond "
                + "the end: journal.csv ends at entry 3, so entries up to 5 were removed (anchored hash "
                + CHAIN.get(4).hash() + "): the bundle does not extend it");
        assertThat(findings(previousBundle)).containsExactly(
                "the head of " + previous + ", entry 5: is beyond the end: journal.csv ends at entry 3, so entries up "
                        + "to 5 were removed (anchored hash " + CHAIN.get(4).hash() + "): the bundle does not extend it",
                "checkpoint 13 of " + previous + ", entry 5: is beyond the end: journal.csv ends at entry 3, so entries "
                        + "up to 5 were removed (anchored hash " + CHAIN.get(4).hash()
                        + "): the bundle does not extend it");
        assertThat(previousBundle.notes()).contains("anchor: the journal extends checkpoint 12 of " + previous
                + " (entry 3, hash " + CHAIN.get(2).hash() + ")");
    }

    @Test
    void anAppendedEntryPassesTheChainButNotTheCheckpointsWhileAnAnchorToTheOldHeadStillHolds() throws IOException {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.add(BundleFixtures.entry("contribution-receipt-US-9", "round 1", "forged", null,
                List.of(JournalLine.debit("1200-USD", BundleFixtures.usd("5000.00")),
                        JournalLine.credit("1100-USD", BundleFixtures.usd("5000.00")))));
        List<JournalEntryRecord> appended = BundleFixtures.chain(entries);
        KeyPair attacker = SignedBundles.newKey();
        List<BundleCheckpoint> withForged = new ArrayList<>(SignedBundles.checkpoints(FUND, CHAIN));
        BundleCheckpoint forgedHead = SignedBundles.checkpoint(attacker, 14, 6, appended.get(5).hash(), "EXPORT",
                List.of());
        withForged.add(new BundleCheckpoint(14, 6, forgedHead.headHash(), forgedHead.recordedAt(), "EXPORT", "auditor",
                SignedBundles.keyId(FUND), forgedHead.signature(), List.of()));
        BundleCheckpoint head = SignedBundles.checkpoints(FUND, CHAIN).get(2);
        List<BundleCheckpoint> altered = new ArrayList<>(SignedBundles.checkpoints(FUND, CHAIN).subList(0, 2));
        altered.add(new BundleCheckpoint(13, 6, appended.get(5).hash(), head.recordedAt(), head.reason(),
                head.recordedBy(), head.keyId(), head.signature(), List.of()));
        BundleAnchors oldHead = BundleAnchors.NONE.with(BundleAnchors.anchor("5:" + CHAIN.get(4).hash()));

        BundleVerifier.Report plain = verify(forged(appended), oldHead);
        BundleVerifier.Report forgedSignature = verify(LedgerBundleWriter.toBytes(SignedBundles.bundle(appended, FUND,
                withForged)));
        BundleVerifier.Report alteredRow = verify(LedgerBundleWriter.toBytes(SignedBundles.bundle(appended, FUND,
                altered)));

        assertThat(findings(plain)).as("the chain and the old checkpoints hold; only the head is not signed")
                .containsExactly("checkpoints.csv, entry 6: no valid signed checkpoint covers the head (entry 6): the "
                        + "latest is at entry 5; the fund signs the head of every export, so entries were appended or "
                        + "the journal was cut off after it");
        assertThat(plain.notes()).as("appending is what a legitimate later export does too")
                .contains("anchor: the journal extends --anchor 5:" + CHAIN.get(4).hash() + " (entry 5, hash "
                        + CHAIN.get(4).hash() + ")");
        assertThat(findings(forgedSignature)).contains("checkpoints.csv, entry 6: checkpoint 14: the fund's signature "
                + "does not verify with key " + SignedBundles.keyId(FUND) + ": the checkpoint was forged or changed");
        assertThat(findings(alteredRow)).contains("checkpoints.csv, entry 6: checkpoint 13: the fund's signature does "
                + "not verify with key " + SignedBundles.keyId(FUND) + ": the checkpoint was forged or changed");
    }

    @Test
    void aTamperedSignatureIsFoundAndASwappedKeyOnlyWhenTheKeyIsPinned() throws IOException {
        BundleEdit edit = BundleEdit.of(SignedBundles.bytes(FUND));
        List<List<String>> rows = edit.rows(BundleFiles.CHECKPOINTS);
        String signature = rows.get(1).get(7);
        rows.get(1).set(7, (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        BundleVerifier.Report tampered = edit.rows(BundleFiles.CHECKPOINTS, rows).rehash(BundleFiles.CHECKPOINTS)
                .verify();

        KeyPair attacker = SignedBundles.newKey();
        byte[] swapped = LedgerBundleWriter.toBytes(SignedBundles.bundle(CHAIN, attacker,
                SignedBundles.checkpoints(attacker, CHAIN)));
        BundleVerifier.Report unpinned = verify(swapped);
        BundleVerifier.Report pinned = verify(swapped, pinned(FUND));

        assertThat(findings(tampered)).containsExactly("checkpoints.csv, entry 3: checkpoint 12: the fund's signature "
                + "does not verify with key " + SignedBundles.keyId(FUND) + ": the checkpoint was forged or changed");
        assertThat(unpinned.ok()).as("without a pinned key the bundle's own key is all there is").isTrue();
        assertThat(unpinned.notes().get(0)).contains("key " + SignedBundles.keyId(attacker) + " (NOT pinned");
        assertThat(findings(pinned)).startsWith("checkpoint-key.pem: holds key " + SignedBundles.keyId(attacker)
                + " but the key pinned with --public-key (fund.pem) is " + SignedBundles.keyId(FUND)
                + ": the checkpoints are checked with the pinned key")
                .contains("checkpoints.csv, entry 2: checkpoint 11: names key " + SignedBundles.keyId(attacker)
                        + ", not the fund's key " + SignedBundles.keyId(FUND))
                .hasSize(1 + 3 * 2 + 1);
    }

    @Test
    void aVersion3BundleStillVerifiesAsBefore() throws IOException {
        byte[] bundle = BundleFixtures.bytes();

        BundleVerifier.Report report = verify(bundle);

        assertThat(BundleEdit.of(bundle).text(BundleFiles.MANIFEST)).startsWith("format: fund-ledger-bundle-v3\n");
        assertThat(report.ok()).isTrue();
        assertThat(report.notes()).isEmpty();
        assertThat(report.toString()).isEqualTo("OK: 5 entries, head " + CHAIN.get(4).hash());
    }

    @Test
    void aVersion4BundleWithAFileMissingOrAddedIsAFormatError() throws IOException {
        byte[] bundle = SignedBundles.bytes(FUND);

        BundleVerifier.Report missing = BundleEdit.of(bundle).remove(BundleFiles.CHECKPOINT_KEY).verify();
        BundleVerifier.Report added = BundleEdit.of(bundle).add("notes.txt", "hello\n").verify();
        BundleVerifier.Report unlisted = BundleEdit.of(bundle).text(BundleFiles.MANIFEST,
                m -> m.replaceAll("(?m)^sha256 checkpoints\\.csv: .*\n", "")).verify();
        BundleVerifier.Report notAKey = BundleEdit.of(bundle).add(BundleFiles.CHECKPOINT_KEY, "hello\n")
                .rehash(BundleFiles.CHECKPOINT_KEY).verify();

        assertThat(findings(missing)).contains("checkpoint-key.pem: is missing from the bundle");
        assertThat(findings(added)).containsExactly("notes.txt: is not a file of fund-ledger-bundle-v4");
        assertThat(findings(unlisted)).contains("manifest.txt: does not list the SHA-256 of checkpoints.csv");
        assertThat(findings(notAKey)).contains("checkpoint-key.pem: is not an Ed25519 public key: no checkpoint can "
                + "be checked with it");
    }

    @Test
    void aDownloadedCheckpointFileAnchorsTheBundleAndItsSignatureIsChecked(@TempDir Path dir) throws IOException {
        BundleCheckpoint checkpoint = SignedBundles.checkpoints(FUND, CHAIN).get(1);
        String file = checkpoint.signedText() + "keyId=" + checkpoint.keyId() + "\nsignature=" + checkpoint.signature()
                + "\n";
        Path good = Files.writeString(dir.resolve("good.txt"), file, StandardCharsets.US_ASCII);
        Path bad = Files.writeString(dir.resolve("bad.txt"), file.replace("reason=SCHEDULED", "reason=MANUAL"),
                StandardCharsets.US_ASCII);
        Path broken = Files.writeString(dir.resolve("broken.txt"), file.replace("keyId=", "key="),
                StandardCharsets.US_ASCII);
        byte[] bundle = SignedBundles.bytes(FUND);

        BundleVerifier.Report anchored = verify(bundle, pinned(FUND).with(List.of(),
                List.of(BundleAnchors.checkpointFile(good))));
        BundleVerifier.Report forgedFile = verify(bundle, BundleAnchors.NONE.with(List.of(),
                List.of(BundleAnchors.checkpointFile(bad))));

        assertThat(anchored.ok()).isTrue();
        assertThat(anchored.notes()).contains("anchor: the journal extends the checkpoint in " + good
                + " (entry 3, hash " + CHAIN.get(2).hash() + ")");
        assertThat(findings(forgedFile)).containsExactly(bad + ", entry 3: the fund's signature does not verify with "
                + "key " + SignedBundles.keyId(FUND) + ": the checkpoint file was forged or changed");
        assertThatThrownBy(() -> BundleAnchors.checkpointFile(broken)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("expected 'keyId=...' but found 'key=");
        assertThatThrownBy(() -> BundleAnchors.anchor("5:ABC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--anchor is '5:ABC' but must be SEQ:HASH, a sequence and 64 lower-case hex digits");
    }
}
