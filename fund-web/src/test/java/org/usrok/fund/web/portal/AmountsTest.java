package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    @Test
    void currencyFirstWithTheCurrencysDecimals() {
        assertThat(Amounts.format(Money.of("72550", CurrencyCode.USD))).isEqualTo("USD 72,550.00");
        assertThat(Amounts.format(Money.of("0.5", CurrencyCode.USD))).isEqualTo("USD 0.50");
        assertThat(Amounts.format(Money.of("65000000000", CurrencyCode.KRW))).isEqualTo("KRW 65,000,000,000");
        assertThat(Amounts.format(new BigDecimal("1234567.891"), CurrencyCode.KRW)).isEqualTo("KRW 1,234,568");
    }

    @Test
    void rewritesAmountsThatServicesWroteIntoNotificationArguments() {
        assertThat(Amounts.inText("USD 77350.00")).isEqualTo("USD 77,350.00");
        assertThat(Amounts.inText("KRW 1832958")).isEqualTo("KRW 1,832,958");
        assertThat(Amounts.inText("Q3 2026 diversification costs")).isEqualTo("Q3 2026 diversification costs");
        assertThat(Amounts.inText("USD 12 and more")).isEqualTo("USD 12 and more");
    }
}
