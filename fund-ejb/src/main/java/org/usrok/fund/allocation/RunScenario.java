package org.usrok.fund.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An officer's choice of how to share a round: method (and for {@code EVEN} whether per claim or
 * per company, by default per company), pool mode, the pool currency and recorded exchange rate
 * for the modes that convert, and the optional per-company cap (an amount and/or a percentage of
 * the pool) and floor. Amounts come as typed, with their currency; the service checks them.
 */
public record RunScenario(@NotNull Long roundId,
                          @NotBlank @Size(max = 200) String name,
                          @NotNull AllocationMethod method,
                          EvenBasis evenBasis,
                          @NotNull PoolMode poolMode,
                          CurrencyCode poolCurrency,
                          Long exchangeRateId,
                          BigDecimal companyCapAmount,
                          CurrencyCode companyCapCurrency,
                          BigDecimal capPercentOfPool,
                          BigDecimal floorAmount,
                          CurrencyCode floorCurrency) implements Serializable {

    public RunScenario {
        if (evenBasis == null) {
            evenBasis = EvenBasis.COMPANY;
        }
    }
}
