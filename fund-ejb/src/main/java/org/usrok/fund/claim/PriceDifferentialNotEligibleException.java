package org.usrok.fund.claim;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: a price-differential line is eligible only when the new unit price exceeds the old one. */
public class PriceDifferentialNotEligibleException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public PriceDifferentialNotEligibleException() {
        super(RuleKind.UNPROCESSABLE, "error.priceDifferential.notEligible", "newUnitPrice");
    }

    @Override
    public String ruleName() {
        return "price-differential-not-eligible";
    }
}
