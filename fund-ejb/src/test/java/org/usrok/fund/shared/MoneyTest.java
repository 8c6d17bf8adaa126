package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

    @Test
    void keepsTheCurrencysMinorUnits() {
        assertThat(Money.of("10.5", CurrencyCode.USD).amount()).isEqualByComparingTo("10.50");
        assertThat(Money.of("10.5", CurrencyCode.USD).amount().scale()).isEqualTo(2);
        assertThat(Money.of("1000", CurrencyCode.KRW).amount().scale()).isZero();
        assertThat(Money.of("12.34", CurrencyCode.USD).minorUnits()).isEqualTo(1234);
        assertThat(Money.ofMinor(1234, CurrencyCode.KRW).amount()).isEqualByComparingTo("1234");
    }

    @Test
    void refusesSilentRounding() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("0.001", CurrencyCode.USD));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.5", CurrencyCode.KRW));
        assertThat(Money.rounded(new BigDecimal("1.5"), CurrencyCode.KRW, RoundingMode.HALF_EVEN).minorUnits())
                .isEqualTo(2);
    }

    @Test
    void neverMixesCurrencies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.of("1", CurrencyCode.USD).plus(Money.of("1", CurrencyCode.KRW)));
        assertThat(Money.of("1.10", CurrencyCode.USD).plus(Money.of("2.05", CurrencyCode.USD)))
                .isEqualTo(Money.of("3.15", CurrencyCode.USD));
    }
}
