package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: the fund signs a new head only for a chain that recomputes and agrees with every earlier
 * checkpoint; signing a rewritten chain would lend it the fund's word.
 */
public class ChainContradictsCheckpointException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ChainContradictsCheckpointException(String why) {
        super(RuleKind.CONFLICT, "error.checkpoint.chainContradicts", null, why);
    }

    @Override
    public String ruleName() {
        return "chain-contradicts-checkpoint";
    }
}
