package org.usrok.fund.web.reference;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** Body of {@code PUT /api/reference/.../{code}/active}: whether the entry may be chosen from now on. */
public record ActiveRequest(@NotNull Boolean active) implements Serializable {
}
