package org.usrok.fund.web.disbursement;

/** Body of {@code POST /api/disbursement-batches/{id}/cancellation}: the reason, and the version the officer saw. */
public record CancelBatchRequest(Long expectedVersion, String reason) {
}
