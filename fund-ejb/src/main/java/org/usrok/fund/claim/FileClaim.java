package org.usrok.fund.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** A company starts a claim (a draft) under its approved application. */
public record FileClaim(@NotNull Long applicationId, @NotBlank @Size(max = 200) String title,
                        @NotEmpty @Size(max = 100) List<@NotNull @Valid ClaimLineInput> lines) implements Serializable {
}
