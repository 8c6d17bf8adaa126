package org.usrok.fund.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.application.ReviewDecision;

import java.io.Serializable;

/**
 * An officer's decision on a claim: APPROVE or REJECT a reviewed claim (not by its reviewer),
 * RETURN or REJECT a claim under review (by its reviewer). Rejections and returns need a reason.
 */
public record DecideClaim(@NotNull Long claimId, @NotNull ReviewDecision decision, @Size(max = 2000) String reason,
                          Long expectedVersion) implements Serializable {
}
