package org.usrok.fund.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * Checks a whole chain, in order: sequences run 1, 2, 3 ... without gaps, each entry names the
 * previous entry's hash, its own hash recomputes from its canonical form, and it balances. The
 * first entry that fails is reported, so a change, a deletion, a forged insertion or a swap is
 * found and located. Used by the in-app "verify chain" and by the offline verifier.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** The outcome: OK with the head hash, or the first bad entry's sequence and what is wrong. */
    public record Result(boolean ok, long entries, String headHash, Long firstBadSequence, String problem) implements Serializable {

        static Result ok(long entries, String head) {
            return new Result(true, entries, head, null, null);
        }

        static Result bad(long entries, long sequence, String problem) {
            return new Result(false, entries, null, sequence, problem);
        }

        @Override
        public String toString() {
            return ok ? "OK: " + entries + " entries, head " + headHash
                    : "BAD at entry " + firstBadSequence + ": " + problem;
        }
    }

    public static Result verify(List<JournalEntryRecord> chain) {
        CanonicalForm.Writer canonical = new CanonicalForm.Writer();
        ChainHash.Recomputer hashes = new ChainHash.Recomputer();
        String previous = ChainHash.GENESIS;
        long expected = 1;
        for (JournalEntryRecord entry : chain) {
            if (entry.sequence() != expected) {
                return Result.bad(chain.size(), expected,
                        "expected entry " + expected + " but found entry " + entry.sequence());
            }
            if (!previous.equals(entry.previousHash())) {
                return Result.bad(chain.size(), expected, "previous hash does not match the hash of entry "
                        + (expected - 1));
            }
            // the canonical form leaves the hashes out, so the entry's own bytes are those it was chained with
            int length = canonical.write(entry);
            if (!hashes.nextIs(canonical.bytes(), length, entry.hash())) {
                return Result.bad(chain.size(), expected, "hash does not match the entry's content");
            }
            var imbalance = entry.imbalance();
            if (imbalance.isPresent()) {
                return Result.bad(chain.size(), expected, "does not balance: " + imbalance.get());
            }
            previous = entry.hash();
            expected++;
        }
        return Result.ok(chain.size(), previous);
    }
}
