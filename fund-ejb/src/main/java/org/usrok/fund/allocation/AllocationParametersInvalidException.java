package org.usrok.fund.allocation;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a scenario's method, pool mode, caps, floor and exchange rate must make sense together
 * (e.g. a pooled scenario names a USD/KRW rate; a cap percentage lies in (0, 100]). The detail is
 * the allocation core's explanation.
 */
public class AllocationParametersInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AllocationParametersInvalidException(String field, String detail) {
        super(RuleKind.UNPROCESSABLE, "error.allocation.parameters", field, detail);
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "allocation-parameters-invalid";
    }
}
