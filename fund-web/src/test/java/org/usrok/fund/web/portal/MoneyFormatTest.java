package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFormatTest {

    @Test
    void dollarsShowCentsAndWonShowsNone() {
        assertThat(MoneyFormat.format(Money.of("1234567.8", CurrencyCode.USD), Locale.ENGLISH))
                .isEqualTo("USD 1,234,567.80");
        assertThat(MoneyFormat.format(Money.of("0.01", CurrencyCode.USD), Locale.ENGLISH)).isEqualTo("USD 0.01");
        assertThat(MoneyFormat.format(Money.of("1300000000", CurrencyCode.KRW), Locale.KOREAN))
                .isEqualTo("KRW 1,300,000,000");
        assertThat(MoneyFormat.format(Money.zero(CurrencyCode.KRW), Locale.ENGLISH)).isEqualTo("KRW 0");
    }

    @Test
    void largeAmountsAreExactNeverRoundedThroughADouble() {
        assertThat(MoneyFormat.format(Money.of("90071992547409.93", CurrencyCode.USD), Locale.ENGLISH))
                .isEqualTo("USD 90,071,992,547,409.93");
        assertThat(MoneyFormat.format(Money.of("-999999.99", CurrencyCode.USD), Locale.KOREAN))
                .isEqualTo("USD -999,999.99");
    }
}
