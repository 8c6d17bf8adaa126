package org.usrok.fund.web.allocation;

import java.io.Serializable;

/** Body of {@code POST /api/allocation-scenarios/{id}/decline}: the version seen and the reason (required). */
public record DeclineRequest(Long expectedVersion, String reason) implements Serializable {
}
