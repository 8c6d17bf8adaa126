package org.usrok.fund.web.api;

import java.math.BigDecimal;

/** Decimals that are not money (prices, quantities, percentages) are returned as plain decimal strings too. */
public final class Decimals {

    private Decimals() {
    }

    /** {@code 50}, {@code 12.5}, never {@code 5E+1}; null for null. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
