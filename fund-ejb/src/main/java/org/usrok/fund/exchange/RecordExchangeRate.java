package org.usrok.fund.exchange;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An officer records a published rate: 1 {@code base} = {@code rate} {@code quote} on {@code effectiveOn}. */
public record RecordExchangeRate(@NotNull CurrencyCode base, @NotNull CurrencyCode quote,
                                 @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8)
                                 BigDecimal rate,
                                 @NotNull LocalDate effectiveOn, @NotNull RateSource source,
                                 @Size(max = 200) String sourceReference) implements Serializable {
}
