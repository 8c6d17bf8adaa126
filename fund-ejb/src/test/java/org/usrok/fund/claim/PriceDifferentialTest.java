package org.usrok.fund.claim;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The price-differential rule: (new - old) x quantity x eligible share, rounded down, only for price increases. */
class PriceDifferentialTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void halfThePriceDifferenceInDollars() {
        Money amount = PriceDifferential.eligibleAmount(new BigDecimal("12.40"), new BigDecimal("15.15"),
                new BigDecimal("1000"), HALF, CurrencyCode.USD);
        assertThat(amount).isEqualTo(Money.of("1375.00", CurrencyCode.USD));
    }

    @Test
    void roundsDownToTheCent() {
        Money amount = PriceDifferential.eligibleAmount(new BigDecimal("1.0000"), new BigDecimal("1.0333"),
                new BigDecimal("3"), HALF, CurrencyCode.USD);
        assertThat(amount).isEqualTo(Money.of("0.04", CurrencyCode.USD));
    }

    @Test
    void wonHaveNoMinorUnits() {
        Money amount = PriceDifferential.eligibleAmount(new BigDecimal("15000"), new BigDecimal("18333"),
                new BigDecimal("7"), HALF, CurrencyCode.KRW);
        assertThat(amount).isEqualTo(Money.of("11665", CurrencyCode.KRW));
    }

    @Test
    void aLowerOrEqualNewPriceIsNotEligible() {
        assertThatThrownBy(() -> PriceDifferential.eligibleAmount(new BigDecimal("10"), new BigDecimal("9.99"),
                BigDecimal.TEN, HALF, CurrencyCode.USD)).isInstanceOf(PriceDifferentialNotEligibleException.class);
        assertThatThrownBy(() -> PriceDifferential.eligibleAmount(BigDecimal.TEN, BigDecimal.TEN,
                BigDecimal.TEN, HALF, CurrencyCode.USD)).isInstanceOf(PriceDifferentialNotEligibleException.class);
    }

    @Property(tries = 2000)
    void neverMoreThanTheExactShareAndLessByUnderOneCent(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal oldPrice,
            @ForAll @BigRange(min = "0.01", max = "1000") @Scale(4) BigDecimal increase,
            @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal quantity) {
        BigDecimal exact = increase.multiply(quantity).multiply(HALF);
        if (exact.compareTo(new BigDecimal("0.01")) < 0) {
            return;
        }
        Money amount = PriceDifferential.eligibleAmount(oldPrice, oldPrice.add(increase), quantity, HALF,
                CurrencyCode.USD);
        assertThat(amount.amount()).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(amount.amount())).isLessThan(new BigDecimal("0.01"));
    }
}
