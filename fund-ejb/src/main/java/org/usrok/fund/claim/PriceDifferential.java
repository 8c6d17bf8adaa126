package org.usrok.fund.claim;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fund's rule for the extra cost of buying from a diversified source:
 * {@code (new unit price - old unit price) x quantity x the round's eligible share}, rounded
 * <em>down</em> to the currency's minor unit (a claim never receives a fraction of a cent or won
 * the rule does not give). Only a positive difference is eligible: paying less is no extra cost.
 * Pure and exact ({@link BigDecimal}, no floating point).
 */
public final class PriceDifferential {

    private PriceDifferential() {
    }

    public static Money eligibleAmount(BigDecimal oldUnitPrice, BigDecimal newUnitPrice, BigDecimal quantity,
                                       BigDecimal eligibleShare, CurrencyCode currency) {
        BigDecimal difference = newUnitPrice.subtract(oldUnitPrice);
        if (difference.signum() <= 0) {
            throw new PriceDifferentialNotEligibleException();
        }
        BigDecimal exact = difference.multiply(quantity).multiply(eligibleShare);
        Money amount = Money.rounded(exact, currency, RoundingMode.DOWN);
        if (amount.isZero()) {
            throw new PriceDifferentialNotEligibleException();
        }
        return amount;
    }
}
