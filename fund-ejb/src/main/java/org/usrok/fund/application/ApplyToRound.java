package org.usrok.fund.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** A company user starts an application (a draft) to a round with its diversification plan. */
public record ApplyToRound(@NotNull Long roundId, @NotNull @Valid DiversificationPlan plan) implements Serializable {
}
