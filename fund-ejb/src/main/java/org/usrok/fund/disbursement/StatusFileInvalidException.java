package org.usrok.fund.disbursement;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

import java.io.Serializable;
import java.util.List;

/**
 * Rule: a bank's status file is recorded all or nothing. When any line is wrong (unknown reference,
 * a payment of another batch, a status the payment cannot take, a bad date, a missing reason, a
 * reference given twice) nothing is recorded and every wrong line is named with its number.
 */
public class StatusFileInvalidException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    /** One wrong line: its number (from 1, the header counts) and what is wrong, as a message key with arguments. */
    public record LineProblem(int line, String messageKey, List<Object> arguments) implements Serializable {

        public LineProblem {
            arguments = List.copyOf(arguments);
        }
    }

    private final transient List<LineProblem> problems;

    public StatusFileInvalidException(long batchId, List<LineProblem> problems) {
        super(RuleKind.UNPROCESSABLE, "error.statusFile.invalid", null, batchId, problems.size(),
                problems.stream().map(p -> String.valueOf(p.line())).reduce((a, b) -> a + ", " + b).orElse("-"));
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    /** Input validation: not recorded as a refusal in the audit trail. */
    @Override
    public boolean isInputValidation() {
        return true;
    }

    @Override
    public String ruleName() {
        return "status-file-invalid";
    }
}
