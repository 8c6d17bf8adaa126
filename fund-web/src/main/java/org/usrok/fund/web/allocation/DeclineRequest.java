package org.usrok.fund.web.allocation;

/** Body of {@code POST /api/allocation-scenarios/{id}/decline}: the version seen and the reason (required). */
public record DeclineRequest(Long expectedVersion, String reason) {
}
