package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Conversions at a named rate, rounded explicitly, in both directions of the pair. */
class ExchangeRateTest {

    private static final ExchangeRate USD_KRW = new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW,
            new BigDecimal("1385.25"));

    @Test
    void dollarsToWonAndBack() {
        assertThat(USD_KRW.convert(Money.of("1000.01", CurrencyCode.USD), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("1385264", CurrencyCode.KRW));
        assertThat(USD_KRW.convert(Money.of("1385250", CurrencyCode.KRW), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("1000.00", CurrencyCode.USD));
        assertThat(USD_KRW.convert(Money.of("1000", CurrencyCode.KRW), RoundingMode.DOWN))
                .isEqualTo(Money.of("0.72", CurrencyCode.USD));
    }

    @Test
    void ratesArePositiveBetweenTwoCurrencies() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ExchangeRate(CurrencyCode.USD, CurrencyCode.USD, BigDecimal.ONE));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, BigDecimal.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1.123456789")));
    }
}
