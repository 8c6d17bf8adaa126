package org.usrok.fund.web.application;

import java.io.Serializable;

/** Body of {@code PUT /api/applications/{id}}: the whole plan again, and optionally the version the company edited. */
public record RevisePlanRequest(PlanRequest plan, Long expectedVersion) implements Serializable {
}
