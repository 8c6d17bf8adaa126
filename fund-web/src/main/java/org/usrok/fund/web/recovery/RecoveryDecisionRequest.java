package org.usrok.fund.web.recovery;

import java.io.Serializable;

/**
 * Body of {@code POST /api/recoveries/{id}/rejection} and {@code /withdrawal}: the version the
 * caller saw (optional) and the reason (required to reject, optional to withdraw).
 */
public record RecoveryDecisionRequest(Long expectedVersion, String reason) implements Serializable {

    static RecoveryDecisionRequest of(RecoveryDecisionRequest request) {
        return request == null ? new RecoveryDecisionRequest(null, null) : request;
    }
}
