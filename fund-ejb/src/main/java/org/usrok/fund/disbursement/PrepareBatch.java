package org.usrok.fund.disbursement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.util.List;

/**
 * An officer's request to prepare a batch: the round (its allocation committed), the currency to pay,
 * and the companies to pay, or {@code null} for every company with unpaid shares in that currency.
 */
public record PrepareBatch(@NotNull Long roundId,
                           @NotNull CurrencyCode currency,
                           @Size(min = 1, max = 1000) List<@NotNull Long> companyIds) implements Serializable {
}
