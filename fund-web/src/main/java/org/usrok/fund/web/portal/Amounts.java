package org.usrok.fund.web.portal;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes amounts the one way the portal shows them: the currency code, then the amount grouped by
 * thousands with exactly the currency's decimals (USD 1,234.50; KRW 65,000,000).
 */
public final class Amounts {

    private static final Pattern MONEY_TEXT = Pattern.compile("(USD|KRW) (-?\\d+(?:\\.\\d+)?)");

    private Amounts() {
    }

    public static String format(Money money) {
        return money == null ? "" : format(money.amount(), money.currency());
    }

    public static String format(BigDecimal amount, CurrencyCode currency) {
        if (amount == null) {
            return "";
        }
        StringBuilder pattern = new StringBuilder("#,##0");
        if (currency.minorUnits() > 0) {
            pattern.append('.').append("0".repeat(currency.minorUnits()));
        }
        DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return currency.name() + " " + format.format(amount);
    }

    /** Rewrites amounts a service put into a text as {@code Money.toString()} ("USD 72550.00") in the portal's form. */
    public static String inText(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MONEY_TEXT.matcher(text);
        if (!m.matches()) {
            return text;
        }
        CurrencyCode currency = CurrencyCode.valueOf(m.group(1));
        return format(new BigDecimal(m.group(2)), currency);
    }
}
