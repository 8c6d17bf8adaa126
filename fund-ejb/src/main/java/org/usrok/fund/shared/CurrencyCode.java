package org.usrok.fund.shared;

/**
 * The currencies the fund holds (ISO 4217), each with its number of minor-unit digits:
 * U.S. dollars have cents, Korean won has none.
 */
public enum CurrencyCode {
    USD(2),
    KRW(0);

    private final int minorUnits;

    CurrencyCode(int minorUnits) {
        this.minorUnits = minorUnits;
    }

    public int minorUnits() {
        return minorUnits;
    }
}
