package org.usrok.fund.web.payout;

import java.io.Serializable;

/** Body of {@code POST /api/payout-accounts/{id}/rejection}: why, and optionally the version the officer saw. */
public record RejectPayoutAccountRequest(String reason, Long expectedVersion) implements Serializable {
}
