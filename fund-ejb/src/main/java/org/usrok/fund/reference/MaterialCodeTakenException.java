package org.usrok.fund.reference;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/** Rule: each critical material has one code. */
public class MaterialCodeTakenException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public MaterialCodeTakenException(String code) {
        super(RuleKind.CONFLICT, "error.materialCodeTaken", "code", code);
    }

    @Override
    public String ruleName() {
        return "material-code-taken";
    }
}
