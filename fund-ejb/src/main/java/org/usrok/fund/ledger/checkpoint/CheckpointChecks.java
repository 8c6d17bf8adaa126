package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a chain against evidence kept outside it: every checkpoint's head must be the stored hash
 * of the entry at its sequence (sequence 0: 64 zeros), every checkpoint's signature must verify
 * with the fund's key, and the export records must agree with each other and with the chain, one
 * head per last sequence. Plain chain verification cannot see a rewrite whose later hashes were
 * all recomputed; these checks do, because the attacker cannot sign a new head without the key
 * and the heads already handed out are not theirs to change. Pure: JDK and ledger core only.
 */
public final class CheckpointChecks {

    private CheckpointChecks() {
    }

    /** Every finding, checkpoints first (by sequence, then id), then the exports (by last sequence). */
    public static List<CheckpointFinding> check(List<JournalEntryRecord> chain, List<SignedCheckpoint> checkpoints,
                                                PublicKey key, List<ExportedHead> exports) {
        Map<Long, String> hashes = new HashMap<>();
        for (JournalEntryRecord entry : chain) {
            hashes.put(entry.sequence(), entry.hash());
        }
        long last = chain.stream().mapToLong(JournalEntryRecord::sequence).max().orElse(0);
        hashes.put(0L, ChainHash.GENESIS);
        List<CheckpointFinding> findings = new ArrayList<>();
        String keyId = CheckpointSigning.keyId(key);
        checkpoints.stream().sorted(Comparator.comparingLong((SignedCheckpoint c) -> c.text().sequence())
                .thenComparingLong(SignedCheckpoint::id)).forEach(c -> {
                    long sequence = c.text().sequence();
                    String stored = hashes.get(sequence);
                    if (stored == null) {
                        findings.add(new CheckpointFinding(CheckpointFinding.Kind.CHECKPOINT_BEYOND_CHAIN, sequence,
                                c.id(), "checkpoint " + c.id() + " signed entry " + sequence + " with head "
                                + c.text().headHash() + " but the chain " + (sequence > last
                                ? "ends at entry " + last : "has no entry " + sequence)));
                    } else if (!stored.equals(c.text().headHash())) {
                        findings.add(new CheckpointFinding(CheckpointFinding.Kind.CHECKPOINT_HEAD_MISMATCH, sequence,
                                c.id(), "checkpoint " + c.id() + " signed head " + c.text().headHash() + " for entry "
                                + sequence + " but the entry's hash is now " + stored));
                    }
                    if (!keyId.equals(c.keyId())) {
                        findings.add(new CheckpointFinding(CheckpointFinding.Kind.CHECKPOINT_OTHER_KEY, sequence,
                                c.id(), "checkpoint " + c.id() + " names key " + c.keyId() + ", not the fund's key "
                                + keyId));
                    } else if (!CheckpointSigning.verify(key, c.text(), c.signature())) {
                        findings.add(new CheckpointFinding(CheckpointFinding.Kind.CHECKPOINT_SIGNATURE_INVALID,
                                sequence, c.id(), "checkpoint " + c.id() + ": the signature does not verify with the "
                                + "fund's key " + keyId));
                    }
                });
        Map<Long, List<ExportedHead>> bySequence = exports.stream()
                .collect(Collectors.groupingBy(ExportedHead::lastSequence, TreeMap::new, Collectors.toList()));
        bySequence.forEach((sequence, sameSequence) -> {
            Set<String> heads = sameSequence.stream().map(ExportedHead::headHash)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (heads.size() > 1) {
                findings.add(new CheckpointFinding(CheckpointFinding.Kind.EXPORTS_DISAGREE, sequence, null,
                        "exports of entry " + sequence + " handed out " + heads.size() + " different heads: "
                        + sameSequence.stream().map(e -> "audit record " + e.auditId() + " (" + e.exportedBy() + ", "
                                + e.exportedAt() + ") head " + e.headHash()).collect(Collectors.joining("; "))));
            }
            String stored = hashes.get(sequence);
            sameSequence.stream().filter(e -> !e.headHash().equals(stored)).forEach(e -> findings.add(
                    new CheckpointFinding(CheckpointFinding.Kind.EXPORT_HEAD_MISMATCH, sequence, null,
                            "audit record " + e.auditId() + " (" + e.exportedBy() + ", " + e.exportedAt()
                            + ") handed out head " + e.headHash() + " for entry " + sequence + " but the entry's hash is "
                            + (stored == null ? "missing" : "now " + stored))));
        });
        return findings;
    }
}
