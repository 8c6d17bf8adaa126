package org.usrok.fund.ledger.checkpoint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.ChainVerifier;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks that catch what chain recomputation cannot: a middle entry rewritten with every later
 * hash recomputed passes {@link ChainVerifier}, but not the checkpoints signed before; removed
 * entries, forged or re-keyed signatures and exports that handed out different heads are named.
 */
class CheckpointChecksTest {

    private static KeyPair fund;
    private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

    @BeforeAll
    static void key() throws NoSuchAlgorithmException {
        fund = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static List<JournalEntryRecord> chain(int entries, int changedSequence, String changedAmount) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int n = 1; n <= entries; n++) {
            String amount = n == changedSequence ? changedAmount : n + ".00";
            JournalEntryRecord entry = new JournalEntryRecord(n, "event-" + n, LocalDate.of(2026, 12, 1),
                    AT.plusSeconds(n), "round 1", "us.officer", "receipt " + n, null,
                    List.of(JournalLine.debit("1200-USD", Money.of(amount, CurrencyCode.USD)),
                            JournalLine.credit("1100-USD", Money.of(amount, CurrencyCode.USD))), null, null)
                    .chainedAfter(previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static SignedCheckpoint signed(long id, List<JournalEntryRecord> chain, int sequence) {
        CheckpointText text = new CheckpointText(sequence, sequence == 0 ? ChainHash.GENESIS
                : chain.get(sequence - 1).hash(), AT, CheckpointReason.EXPORT);
        return new SignedCheckpoint(id, text, CheckpointSigning.keyId(fund.getPublic()),
                CheckpointSigning.sign(fund.getPrivate(), text));
    }

    @Test
    void anIntactChainAgreesWithItsCheckpointsAndExports() {
        List<JournalEntryRecord> chain = chain(5, 0, null);
        var findings = CheckpointChecks.check(chain, List.of(signed(1, chain, 0), signed(2, chain, 3),
                signed(3, chain, 5)), fund.getPublic(), List.of(new ExportedHead(10, AT, "auditor", 3,
                chain.get(2).hash()), new ExportedHead(11, AT, "auditor", 3, chain.get(2).hash())));

        assertThat(findings).isEmpty();
    }

    @Test
    void aRewrittenMiddleEntryWithRecomputedLaterHashesPassesTheChainButNotTheCheckpoints() {
        List<JournalEntryRecord> original = chain(5, 0, null);
        List<SignedCheckpoint> checkpoints = List.of(signed(1, original, 2), signed(2, original, 4));
        List<JournalEntryRecord> rewritten = chain(5, 3, "3000.00");

        assertThat(ChainVerifier.verify(rewritten).ok()).isTrue();
        var findings = CheckpointChecks.check(rewritten, checkpoints, fund.getPublic(), List.of());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(CheckpointFinding.Kind.CHECKPOINT_HEAD_MISMATCH);
            assertThat(f.kind().contradictsChain()).isTrue();
            assertThat(f.sequence()).isEqualTo(4);
            assertThat(f.checkpointId()).isEqualTo(2);
            assertThat(f.problem()).contains(original.get(3).hash()).contains(rewritten.get(3).hash());
        });
    }

    @Test
    void removedEntriesLeaveACheckpointBeyondTheChain() {
        List<JournalEntryRecord> chain = chain(5, 0, null);
        var findings = CheckpointChecks.check(chain.subList(0, 3), List.of(signed(7, chain, 5)), fund.getPublic(),
                List.of());

        assertThat(findings).extracting(CheckpointFinding::kind)
                .containsExactly(CheckpointFinding.Kind.CHECKPOINT_BEYOND_CHAIN);
        assertThat(findings.get(0).problem()).contains("ends at entry 3");
    }

    @Test
    void aForgedCheckpointOrOneOfAnotherKeyIsNamed() throws NoSuchAlgorithmException {
        List<JournalEntryRecord> chain = chain(3, 0, null);
        SignedCheckpoint genuine = signed(1, chain, 2);
        SignedCheckpoint moved = new SignedCheckpoint(2, new CheckpointText(3, chain.get(2).hash(), AT,
                CheckpointReason.EXPORT), genuine.keyId(), genuine.signature());
        KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CheckpointText text = new CheckpointText(3, chain.get(2).hash(), AT, CheckpointReason.MANUAL);
        SignedCheckpoint otherKey = new SignedCheckpoint(3, text, CheckpointSigning.keyId(attacker.getPublic()),
                CheckpointSigning.sign(attacker.getPrivate(), text));

        var findings = CheckpointChecks.check(chain, List.of(genuine, moved, otherKey), fund.getPublic(), List.of());

        assertThat(findings).extracting(CheckpointFinding::kind, CheckpointFinding::checkpointId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CheckpointFinding.Kind.CHECKPOINT_SIGNATURE_INVALID, 2L),
                org.assertj.core.groups.Tuple.tuple(CheckpointFinding.Kind.CHECKPOINT_OTHER_KEY, 3L));
        assertThat(findings).noneMatch(f -> f.kind().contradictsChain());
    }

    @Test
    void exportsThatHandedOutDifferentHeadsForTheSameSequenceAreFlagged() {
        List<JournalEntryRecord> chain = chain(4, 0, null);
        String forged = "f".repeat(64);
        var findings = CheckpointChecks.check(chain, List.of(), fund.getPublic(), List.of(
                new ExportedHead(20, AT, "auditor", 4, chain.get(3).hash()),
                new ExportedHead(21, AT.plusSeconds(60), "kr.officer", 4, forged),
                new ExportedHead(22, AT, "auditor", 2, chain.get(1).hash())));

        assertThat(findings).extracting(CheckpointFinding::kind).containsExactly(
                CheckpointFinding.Kind.EXPORTS_DISAGREE, CheckpointFinding.Kind.EXPORT_HEAD_MISMATCH);
        assertThat(findings.get(0).sequence()).isEqualTo(4);
        assertThat(findings.get(0).problem()).contains("audit record 20").contains("audit record 21").contains(forged);
        assertThat(findings.get(1).problem()).contains("audit record 21");
    }
}
