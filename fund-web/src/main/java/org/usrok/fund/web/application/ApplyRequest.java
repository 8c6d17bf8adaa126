package org.usrok.fund.web.application;

import org.usrok.fund.application.ApplyToRound;

import java.io.Serializable;

/** Body of {@code POST /api/applications}: the round and the plan; the rules are the service's. */
public record ApplyRequest(Long roundId, PlanRequest plan) implements Serializable {

    ApplyToRound toCommand() {
        return new ApplyToRound(roundId, PlanRequest.toPlan(plan));
    }
}
