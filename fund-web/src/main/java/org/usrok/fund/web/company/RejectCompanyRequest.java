package org.usrok.fund.web.company;

/** Body of {@code POST /api/companies/{id}/rejection}: why, and optionally the version the officer saw. */
public record RejectCompanyRequest(String reason, Long expectedVersion) {
}
