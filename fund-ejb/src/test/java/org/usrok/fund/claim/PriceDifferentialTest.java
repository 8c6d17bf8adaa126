package org.usrok.fund.claim;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.GeneratedCases;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.util.Random;

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

    /** A generated input: prices with 4 decimals, a quantity with 2. */
    record Prices(BigDecimal oldPrice, BigDecimal increase, BigDecimal quantity) {

        BigDecimal exactShare() {
            return increase.multiply(quantity).multiply(HALF);
        }

        @Override
        public String toString() {
            return "old price " + oldPrice.toPlainString() + ", new price " + oldPrice.add(increase).toPlainString()
                    + " (increase " + increase.toPlainString() + "), quantity " + quantity.toPlainString()
                    + ", exact half share " + exactShare().toPlainString();
        }
    }

    /**
     * A number with {@code scale} decimals in {@code [min, max]}: its unscaled value drawn by
     * {@link GeneratedCases#longBetween} (so min, max, 0 and one unit of the last decimal above min
     * come often), and now and then exactly 1 when the range holds it.
     */
    static BigDecimal decimal(Random random, String min, String max, int scale) {
        BigDecimal low = new BigDecimal(min).setScale(scale);
        BigDecimal high = new BigDecimal(max).setScale(scale);
        if (random.nextInt(32) == 0 && low.compareTo(BigDecimal.ONE) <= 0 && high.compareTo(BigDecimal.ONE) >= 0) {
            return BigDecimal.ONE.setScale(scale);
        }
        return BigDecimal.valueOf(GeneratedCases.longBetween(random, low.unscaledValue().longValueExact(),
                high.unscaledValue().longValueExact()), scale);
    }

    static Prices prices(Random random) {
        return new Prices(decimal(random, "0", "100000", 4), decimal(random, "0.01", "1000", 4),
                decimal(random, "1", "1000000", 2));
    }

    /**
     * Over {@code max(2000, fund.property.tries)} generated prices and quantities: the amount is
     * never more than the exact half share and less by under one cent. Inputs whose exact share is
     * under one cent are not eligible (another test) and are skipped; most are not.
     */
    @Test
    void neverMoreThanTheExactShareAndLessByUnderOneCent() {
        int cases = GeneratedCases.tries(2000);
        int[] checked = new int[1];
        int[] roundedDown = new int[1];
        GeneratedCases.check("price differential rounded down by under a cent", cases, 0x5EED_C1A1_0000L,
                PriceDifferentialTest::prices, p -> {
                    BigDecimal exact = p.exactShare();
                    if (exact.compareTo(new BigDecimal("0.01")) < 0) {
                        return;
                    }
                    checked[0]++;
                    Money amount = PriceDifferential.eligibleAmount(p.oldPrice(), p.oldPrice().add(p.increase()),
                            p.quantity(), HALF, CurrencyCode.USD);
                    assertThat(amount.amount()).isLessThanOrEqualTo(exact);
                    assertThat(exact.subtract(amount.amount())).isLessThan(new BigDecimal("0.01"));
                    if (amount.amount().compareTo(exact) < 0) {
                        roundedDown[0]++;
                    }
                });
        assertThat(checked[0]).as("cases with an eligible amount").isGreaterThan(cases * 3 / 4);
        assertThat(roundedDown[0]).as("cases rounded down").isGreaterThan(cases / 4)
                .isLessThan(checked[0] - cases / 100);
    }
}
