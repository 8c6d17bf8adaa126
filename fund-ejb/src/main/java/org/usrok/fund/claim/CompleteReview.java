package org.usrok.fund.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** The reviewer's result: an approved amount for every line of the claim. */
public record CompleteReview(@NotNull Long claimId, @NotEmpty @Size(max = 100) List<@NotNull @Valid LineReview> lines,
                             Long expectedVersion) implements Serializable {
}
