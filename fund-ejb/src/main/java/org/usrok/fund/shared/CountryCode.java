package org.usrok.fund.shared;

/**
 * The two member countries of the fund (ISO 3166-1 alpha-2). Companies, officers and
 * contributions each belong to exactly one of them.
 */
public enum CountryCode {
    US(CurrencyCode.USD),
    KR(CurrencyCode.KRW);

    private final CurrencyCode currency;

    CountryCode(CurrencyCode currency) {
        this.currency = currency;
    }

    /** The currency in which this country's government contributes and its companies are paid. */
    public CurrencyCode currency() {
        return currency;
    }
}
