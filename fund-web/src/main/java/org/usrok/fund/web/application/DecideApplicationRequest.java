package org.usrok.fund.web.application;

import org.usrok.fund.application.DecideApplication;
import org.usrok.fund.application.ReviewDecision;

import java.io.Serializable;

/** Body of {@code POST /api/applications/{id}/decision}: APPROVE, REJECT or RETURN; the latter two with a reason. */
public record DecideApplicationRequest(ReviewDecision decision, String reason, Long expectedVersion) implements Serializable {

    static DecideApplication toCommand(long applicationId, DecideApplicationRequest request) {
        return request == null ? new DecideApplication(applicationId, null, null, null)
                : new DecideApplication(applicationId, request.decision, request.reason, request.expectedVersion);
    }
}
