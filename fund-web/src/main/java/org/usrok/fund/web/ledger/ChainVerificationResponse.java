package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.ChainVerifier;

/** The outcome of recomputing the whole chain: OK with the head hash, or the first bad entry. */
public record ChainVerificationResponse(boolean ok, long entries, String headHash, Long firstBadSequence,
                                        String problem) {

    static ChainVerificationResponse of(ChainVerifier.Result r) {
        return new ChainVerificationResponse(r.ok(), r.entries(), r.headHash(), r.firstBadSequence(), r.problem());
    }
}
