package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

    @Test
    void dollarsShowCentsAndWonShowsNone() {
        assertThat(MoneyFormat.format(Money.of("1234567.8", CurrencyCode.USD)))
                .isEqualTo("USD 1,234,567.80");
        assertThat(MoneyFormat.format(Money.of("0.01", CurrencyCode.USD))).isEqualTo("USD 0.01");
        assertThat(MoneyFormat.format(Money.of("1300000000", CurrencyCode.KRW)))
                .isEqualTo("KRW 1,300,000,000");
        assertThat(MoneyFormat.format(Money.zero(CurrencyCode.KRW))).isEqualTo("KRW 0");
    }

    @Test
    void largeAmountsAreExactNeverRoundedThroughADouble() {
        assertThat(MoneyFormat.format(Money.of("90071992547409.93", CurrencyCode.USD)))
                .isEqualTo("USD 90,071,992,547,409.93");
        assertThat(MoneyFormat.format(Money.of("-999999.99", CurrencyCode.USD)))
                .isEqualTo("USD -999,999.99");
    }

    @Test
    void writesEveryAmountWithItsCurrencysDecimals() {
        assertThat(MoneyFormat.format(Money.of("72550", CurrencyCode.USD))).isEqualTo("USD 72,550.00");
        assertThat(MoneyFormat.format(Money.of("0.5", CurrencyCode.USD))).isEqualTo("USD 0.50");
        assertThat(MoneyFormat.format(Money.of("65000000000", CurrencyCode.KRW))).isEqualTo("KRW 65,000,000,000");
    }

    @Test
    void unitPricesCarryTheCurrencyAndTheirOwnDigits() {
        assertThat(MoneyFormat.price(new BigDecimal("100.0000"), CurrencyCode.USD)).isEqualTo("USD 100.00");
        assertThat(MoneyFormat.price(new BigDecimal("1234.5"), CurrencyCode.USD)).isEqualTo("USD 1,234.50");
        assertThat(MoneyFormat.price(new BigDecimal("12.3456"), CurrencyCode.USD)).isEqualTo("USD 12.3456");
        assertThat(MoneyFormat.price(new BigDecimal("15000.0000"), CurrencyCode.KRW)).isEqualTo("KRW 15,000");
        assertThat(MoneyFormat.price(new BigDecimal("1500.5000"), CurrencyCode.KRW)).isEqualTo("KRW 1,500.5");
    }

    @Test
    void rewritesAmountsThatServicesWroteIntoNotificationArguments() {
        assertThat(MoneyFormat.inText("USD 77350.00")).isEqualTo("USD 77,350.00");
        assertThat(MoneyFormat.inText("KRW 1832958")).isEqualTo("KRW 1,832,958");
        assertThat(MoneyFormat.inText("Q3 2026 diversification costs")).isEqualTo("Q3 2026 diversification costs");
        assertThat(MoneyFormat.inText("USD 12 and more")).isEqualTo("USD 12 and more");
    }
}
