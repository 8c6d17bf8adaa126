package org.usrok.fund.ledger;

import org.usrok.fund.ledger.checkpoint.CheckpointFinding;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of "verify chain": the chain recomputed from its entries (OK with the head hash, or
 * the first bad entry and what is wrong), how many signed checkpoints it was checked against, and
 * every finding against those checkpoints and the export records. OK only when the chain
 * recomputes and nothing was found: a rewrite with every later hash recomputed passes the first
 * part and is caught by the second.
 */
public record ChainVerification(boolean ok, long entries, String headHash, Long firstBadSequence, String problem,
                                long checkpoints, List<CheckpointFinding> findings) implements Serializable {

    public ChainVerification {
        findings = List.copyOf(findings);
    }

    public static ChainVerification of(ChainVerifier.Result chain, long checkpoints, List<CheckpointFinding> findings) {
        return new ChainVerification(chain.ok() && findings.isEmpty(), chain.entries(),
                chain.ok() ? chain.headHash() : null, chain.firstBadSequence(), chain.problem(), checkpoints, findings);
    }

    /** True when the entries alone recompute, whatever the checkpoints say. */
    public boolean chainRecomputes() {
        return firstBadSequence == null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(chainRecomputes() ? "chain recomputes: " + entries + " entries, head "
                + headHash : "BAD at entry " + firstBadSequence + ": " + problem);
        s.append("; ").append(checkpoints).append(" checkpoints");
        findings.forEach(f -> s.append("; ").append(f));
        return s.toString();
    }
}
