package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimLineInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost line: for {@code PRICE_DIFFERENTIAL} the old and new unit price and the quantity (the
 * fund computes the amount); for every other category the amount, in the company's currency.
 * Decimals may be JSON strings or numbers.
 */
public record ClaimLineRequest(String category, String description, LocalDate periodStartsOn,
                               LocalDate periodEndsOn, BigDecimal amount, BigDecimal oldUnitPrice,
                               BigDecimal newUnitPrice, BigDecimal quantity) implements Serializable {

    ClaimLineInput toInput() {
        return new ClaimLineInput(category, description, periodStartsOn, periodEndsOn, amount, oldUnitPrice,
                newUnitPrice, quantity);
    }
}
