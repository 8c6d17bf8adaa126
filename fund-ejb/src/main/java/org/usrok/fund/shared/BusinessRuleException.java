package org.usrok.fund.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A business rule refused the request. Subclasses are named after the rule they enforce. The
 * message is a resource-bundle key with arguments, so the portal and the API can show it in
 * English or Korean; the transaction is always rolled back, so nothing is half-done.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RuleKind kind;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    protected BusinessRuleException(RuleKind kind, String messageKey, String field, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    public RuleKind kind() {
        return kind;
    }

    /** A stable, machine-readable name of the rule, used as the problem type. */
    public abstract String ruleName();

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Whether the rule only checks the form of the input (a malformed or missing field) rather than
     * money or governance. The audit trail records refusals of the latter only
     * ({@code audit.RefusalAuditInterceptor}): a typo is not an attempt to move money.
     */
    public boolean isInputValidation() {
        return false;
    }

    /** The input field the rule concerns, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}
