package org.usrok.fund.claim;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost line as the company enters it. For the price differential: old and new unit price and
 * quantity, no amount; for every other category: the amount, in the company's currency.
 */
public record ClaimLineInput(
        @NotBlank @Size(max = 40) String category,
        @NotBlank @Size(max = 1000) String description,
        @NotNull LocalDate periodStartsOn,
        @NotNull LocalDate periodEndsOn,
        @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal oldUnitPrice,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal newUnitPrice,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal quantity) implements Serializable {
}
