package org.usrok.fund.web.company;

import java.io.Serializable;

/** Body of {@code POST /api/companies/{id}/rejection}: why, and optionally the version the officer saw. */
public record RejectCompanyRequest(String reason, Long expectedVersion) implements Serializable {
}
