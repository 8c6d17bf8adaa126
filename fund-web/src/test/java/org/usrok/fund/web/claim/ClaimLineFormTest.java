package org.usrok.fund.web.claim;

import org.junit.jupiter.api.Test;
import org.usrok.fund.claim.PriceDifferential;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The live amounts of the claim page are the service's rule, never a typed figure. */
class ClaimLineFormTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void priceDifferentialIsComputedByTheFundsRule() {
        ClaimLineForm line = line("1180.00", "1325.50", "400");
        line.setAmount(new BigDecimal("999999"));
        assertThat(line.amount(true, HALF, CurrencyCode.USD)).contains(Money.of("29100.00", CurrencyCode.USD))
                .contains(PriceDifferential.eligibleAmount(new BigDecimal("1180.00"), new BigDecimal("1325.50"),
                        new BigDecimal("400"), HALF, CurrencyCode.USD));
        assertThat(line.toInput(true).amount()).isNull();
    }

    @Test
    void wonAreRoundedDown() {
        assertThat(line("15000.5", "17000.25", "333").amount(true, HALF, CurrencyCode.KRW))
                .contains(Money.of("332958", CurrencyCode.KRW));
    }

    @Test
    void aLowerNewPriceIsNotEligibleAndIncompleteFiguresGiveNothingYet() {
        ClaimLineForm lower = line("100", "90", "10");
        assertThat(lower.amount(true, HALF, CurrencyCode.USD)).isEmpty();
        assertThat(lower.notEligible(true, HALF, CurrencyCode.USD)).isTrue();
        ClaimLineForm incomplete = line("100", null, "10");
        assertThat(incomplete.amount(true, HALF, CurrencyCode.USD)).isEmpty();
        assertThat(incomplete.notEligible(true, HALF, CurrencyCode.USD)).isFalse();
    }

    @Test
    void otherCategoriesTakeTheTypedAmountWhenItFitsTheCurrency() {
        ClaimLineForm typed = new ClaimLineForm();
        typed.setAmount(new BigDecimal("48250.5"));
        typed.setOldUnitPrice(BigDecimal.ONE);
        assertThat(typed.amount(false, HALF, CurrencyCode.USD)).contains(Money.of("48250.50", CurrencyCode.USD));
        assertThat(typed.amount(false, HALF, CurrencyCode.KRW)).isEmpty();
        assertThat(typed.toInput(false).oldUnitPrice()).isNull();
    }

    private static ClaimLineForm line(String oldPrice, String newPrice, String quantity) {
        ClaimLineForm line = new ClaimLineForm();
        line.setCategory("PRICE_DIFFERENTIAL");
        line.setOldUnitPrice(oldPrice == null ? null : new BigDecimal(oldPrice));
        line.setNewUnitPrice(newPrice == null ? null : new BigDecimal(newPrice));
        line.setQuantity(quantity == null ? null : new BigDecimal(quantity));
        return line;
    }
}
