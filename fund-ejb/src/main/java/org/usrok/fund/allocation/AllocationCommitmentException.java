package org.usrok.fund.allocation;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: an allocation is committed only after one U.S. officer and one ROK officer, neither the
 * proposer, have approved the proposed scenario; one proposal at a time per round; a proposal
 * must distribute something; and it is committed only on the inputs it was simulated with and only
 * when its certificate verifies under today's rules (docs/allocation.md), so money is never promised
 * by rules since withdrawn.
 */
public class AllocationCommitmentException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final Long blockingScenarioId;

    private AllocationCommitmentException(RuleKind kind, String key, Object... args) {
        this(null, kind, key, args);
    }

    private AllocationCommitmentException(Long blockingScenarioId, RuleKind kind, String key, Object... args) {
        super(kind, key, null, args);
        this.blockingScenarioId = blockingScenarioId;
    }

    public static AllocationCommitmentException proposerCannotApprove(String officer) {
        return new AllocationCommitmentException(RuleKind.FORBIDDEN, "error.allocation.proposerCannotApprove", officer);
    }

    public static AllocationCommitmentException alreadyApproved(CountryCode government, String officer) {
        return new AllocationCommitmentException(RuleKind.CONFLICT, "error.allocation.alreadyApproved",
                government.name(), officer);
    }

    /** The round's scenario {@code scenarioId}, named {@code scenarioName}, is already proposed. */
    public static AllocationCommitmentException anotherProposed(long roundId, long scenarioId, String scenarioName) {
        return new AllocationCommitmentException(scenarioId, RuleKind.CONFLICT, "error.allocation.anotherProposed",
                roundId, scenarioId, scenarioName);
    }

    public static AllocationCommitmentException alreadyCommitted(long roundId) {
        return new AllocationCommitmentException(RuleKind.CONFLICT, "error.allocation.alreadyCommitted", roundId);
    }

    public static AllocationCommitmentException nothingToDistribute(Long scenarioId) {
        return new AllocationCommitmentException(RuleKind.UNPROCESSABLE, "error.allocation.nothingToDistribute",
                String.valueOf(scenarioId));
    }

    /** The scenario's certificate does not verify under today's rules (e.g. simulated under the withdrawn v1 rules). */
    public static AllocationCommitmentException certificateInvalid(long scenarioId, String problem) {
        return new AllocationCommitmentException(RuleKind.CONFLICT, "error.allocation.certificateInvalid", scenarioId,
                problem);
    }

    public static AllocationCommitmentException inputsChanged(long scenarioId) {
        return new AllocationCommitmentException(RuleKind.CONFLICT, "error.allocation.inputsChanged", scenarioId);
    }

    /** The proposed scenario that stands in the way of another proposal, or {@code null}. */
    public Long blockingScenarioId() {
        return blockingScenarioId;
    }

    @Override
    public String ruleName() {
        return "bilateral-commitment";
    }
}
