package org.usrok.fund.web.recovery;

/**
 * Body of {@code POST /api/recoveries/{id}/rejection} and {@code /withdrawal}: the version the
 * caller saw (optional) and the reason (required to reject, optional to withdraw).
 */
public record RecoveryDecisionRequest(Long expectedVersion, String reason) {

    static RecoveryDecisionRequest of(RecoveryDecisionRequest request) {
        return request == null ? new RecoveryDecisionRequest(null, null) : request;
    }
}
