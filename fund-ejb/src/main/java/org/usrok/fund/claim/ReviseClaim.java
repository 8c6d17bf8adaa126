package org.usrok.fund.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** The company rewrites a draft or returned claim's title and lines. */
public record ReviseClaim(@NotBlank @Size(max = 200) String title,
                          @NotEmpty @Size(max = 100) List<@NotNull @Valid ClaimLineInput> lines) implements Serializable {
}
