package org.usrok.fund.web.claim;

import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.claim.DecideClaim;

import java.io.Serializable;

/**
 * Body of {@code POST /api/claims/{id}/decision}: APPROVE or REJECT a reviewed claim (not by its
 * reviewer), RETURN or REJECT a claim under review (by its reviewer); rejections and returns need a reason.
 */
public record DecideClaimRequest(ReviewDecision decision, String reason, Long expectedVersion) implements Serializable {

    static DecideClaim toCommand(long claimId, DecideClaimRequest request) {
        return request == null ? new DecideClaim(claimId, null, null, null)
                : new DecideClaim(claimId, request.decision, request.reason, request.expectedVersion);
    }
}
