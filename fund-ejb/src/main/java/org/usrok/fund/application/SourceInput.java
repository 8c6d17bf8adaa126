package org.usrok.fund.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/** A supply source as entered: ISO 3166-1 alpha-2 country, supplier name, share of supply in percent. */
public record SourceInput(
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{source.country.pattern}") String country,
        @NotBlank @Size(max = 200) String supplier,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent) implements Serializable {
}
