package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: an officer countersigns only a checkpoint the chain still agrees with: the stored chain
 * recomputes up to the checkpoint's sequence, the entry there has the signed head, and the fund's
 * signature verifies. Otherwise the government would vouch for a head the ledger no longer has.
 */
public class CheckpointHeadDivergedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CheckpointHeadDivergedException(long checkpoint, long sequence, String why) {
        super(RuleKind.CONFLICT, "error.checkpoint.headDiverged", null, checkpoint, sequence, why);
    }

    @Override
    public String ruleName() {
        return "checkpoint-head-diverged";
    }
}
