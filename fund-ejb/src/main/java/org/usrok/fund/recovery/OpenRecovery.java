package org.usrok.fund.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An officer opens a recovery from a company: the amount in the currency it was paid in, why, and
 * optionally the round whose payment is recovered.
 */
public record OpenRecovery(@NotNull Long companyId, @NotNull CurrencyCode currency, @NotNull BigDecimal amount,
                           @NotBlank @Size(max = 2000) String reason, Long roundId) implements Serializable {
}
