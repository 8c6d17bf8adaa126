package org.usrok.fund.web.disbursement;

import java.io.Serializable;

/** Body of {@code POST /api/disbursement-batches/{id}/cancellation}: the reason, and the version the officer saw. */
public record CancelBatchRequest(Long expectedVersion, String reason) implements Serializable {
}
