package org.usrok.fund.ledger;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: one business event is one entry; re-posting it with different lines is refused, not merged. */
public class EventPostedDifferentlyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public EventPostedDifferentlyException(String eventId, long sequence) {
        super(RuleKind.CONFLICT, "ledger.eventPostedDifferently", "eventId", eventId, String.valueOf(sequence));
    }

    @Override
    public String ruleName() {
        return "event-posted-differently";
    }
}
