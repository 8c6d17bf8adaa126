package org.usrok.fund.web.api;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;

/**
 * An amount of money as the API returns it: the amount as a decimal string with exactly the
 * currency's minor-unit digits ({@code "50000000.00"} USD, {@code "65000000000"} KRW), so no
 * client parses it through floating point, and the ISO 4217 currency.
 */
public record MoneyResponse(String amount, CurrencyCode currency) implements Serializable {

    /** The response for {@code money}, or null for null (JSON-B then leaves the property out). */
    public static MoneyResponse of(Money money) {
        return money == null ? null : new MoneyResponse(money.amount().toPlainString(), money.currency());
    }
}
