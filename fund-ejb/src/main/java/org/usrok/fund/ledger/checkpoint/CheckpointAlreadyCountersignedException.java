package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: each government countersigns a checkpoint once, by one officer. The two funders vouch
 * for it together; a second officer of the same government adds nothing, and an officer cannot
 * countersign twice.
 */
public class CheckpointAlreadyCountersignedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public CheckpointAlreadyCountersignedException(long checkpoint, CountryCode government, String officer) {
        super(RuleKind.CONFLICT, "error.checkpoint.alreadyCountersigned", null, checkpoint, government.name(), officer);
    }

    @Override
    public String ruleName() {
        return "checkpoint-already-countersigned";
    }
}
