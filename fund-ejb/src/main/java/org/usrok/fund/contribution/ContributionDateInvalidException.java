package org.usrok.fund.contribution;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.ValueDateRange;

import java.time.LocalDate;

/**
 * Rule: a government's receipt for a round is dated on or after its pledge to that round and not
 * in the future, since its date is the value date of the ledger entry that books it.
 */
public class ContributionDateInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ContributionDateInvalidException(LocalDate receivedOn, ValueDateRange range, ValueDateRange.Breach breach) {
        super(RuleKind.UNPROCESSABLE, breach == ValueDateRange.Breach.TOO_EARLY
                        ? "error.contribution.receivedOnBeforePledge" : "error.contribution.receivedOnInFuture",
                "receivedOn", receivedOn.toString(), range.earliest().toString(), range.latest().toString());
    }

    @Override
    public String ruleName() {
        return "contribution-date-invalid";
    }
}
