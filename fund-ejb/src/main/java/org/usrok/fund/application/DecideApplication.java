package org.usrok.fund.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * An officer's decision on an application under review. A rejection or a return needs a reason,
 * which the company sees; {@code expectedVersion} is the version the officer looked at.
 */
public record DecideApplication(@NotNull Long applicationId, @NotNull ReviewDecision decision,
                                @Size(max = 2000) String reason, Long expectedVersion) implements Serializable {
}
