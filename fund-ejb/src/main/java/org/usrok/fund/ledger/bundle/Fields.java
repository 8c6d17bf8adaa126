package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Strict parsing of the bundle's field values: each value has exactly one spelling (the one the
 * writer produces), so two bundles with the same content are the same bytes and a value that
 * was retyped differently is reported rather than silently normalised.
 */
final class Fields {

    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RATE = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]{0,7}[1-9])?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Fields() {
    }

    static long number(String file, int line, String column, String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw bad(file, line, column, text, "a whole number without sign or leading zeros");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(file, line, column, text, "a number that fits in 64 bits");
        }
    }

    static long positive(String file, int line, String column, String text) {
        long value = number(file, line, column, text);
        if (value < 1) {
            throw bad(file, line, column, text, "a number from 1");
        }
        return value;
    }

    static String hash(String file, int line, String column, String text) {
        if (!HEX64.matcher(text).matches()) {
            throw bad(file, line, column, text, "64 lower-case hex digits");
        }
        return text;
    }

    static Instant instant(String file, int line, String column, String text) {
        Instant value;
        try {
            value = Instant.parse(text);
        } catch (DateTimeParseException e) {
            value = null;
        }
        if (value == null || !CanonicalForm.instant(value).equals(text)) {
            throw bad(file, line, column, text, "a UTC time with six fraction digits, like 2026-11-28T09:30:00.123456Z");
        }
        return value;
    }

    static LocalDate date(String file, int line, String column, String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(file, line, column, text, "a date that exists, like 2026-11-28");
            }
        }
        throw bad(file, line, column, text, "a date like 2026-11-28");
    }

    static CurrencyCode currency(String file, int line, String column, String text) {
        for (CurrencyCode currency : CurrencyCode.values()) {
            if (currency.name().equals(text)) {
                return currency;
            }
        }
        throw bad(file, line, column, text, "USD or KRW");
    }

    /**
     * A plain decimal with exactly the currency's number of decimals ({@code 1000000.00} for USD,
     * {@code 1300000000} for KRW), optionally negative where {@code signed}.
     */
    static Money amount(String file, int line, String column, String text, CurrencyCode currency, boolean signed) {
        String expected = (signed ? "a plain decimal" : "a plain decimal without sign") + " with exactly "
                + currency.minorUnits() + " decimals for " + currency;
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw bad(file, line, column, text, expected);
        }
        boolean canonical = value.scale() == currency.minorUnits() && value.toPlainString().equals(text);
        if (!canonical || (!signed && value.signum() < 0)) {
            throw bad(file, line, column, text, expected);
        }
        return new Money(value, currency);
    }

    /**
     * An exchange rate: a positive plain decimal with at most 8 decimals and no trailing zeros
     * ({@code 1385.2}, {@code 1300}, {@code 0.00072202}), the spelling the rate's name uses.
     */
    static BigDecimal rate(String file, int line, String column, String text) {
        if (!RATE.matcher(text).matches() || new BigDecimal(text).signum() == 0) {
            throw bad(file, line, column, text, "a positive plain decimal with at most 8 decimals and no trailing "
                    + "zeros, like 1385.2");
        }
        return new BigDecimal(text);
    }

    static BundleFormatException bad(String file, int line, String column, String text, String expected) {
        return new BundleFormatException(file, line, column + " is '" + text + "' but must be " + expected);
    }
}
