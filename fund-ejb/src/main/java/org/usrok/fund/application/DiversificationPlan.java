package org.usrok.fund.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a company plans: move supply of the named critical materials from its current sources to
 * its target sources between two dates, described in a summary.
 */
public record DiversificationPlan(
        @NotBlank @Size(max = 4000) String summary,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotEmpty @Size(max = 20) List<@NotBlank String> materials,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceInput> currentSources,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceInput> targetSources) implements Serializable {
}
