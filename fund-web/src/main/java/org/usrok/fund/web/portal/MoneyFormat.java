package org.usrok.fund.web.portal;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an amount for people, the one way the portal shows money: the ISO currency code, then
 * the amount grouped by thousands with exactly the currency's minor digits
 * ({@code USD 1,234,567.80}, {@code KRW 1,300,000,000}) in English and Korean alike, so the two
 * governments' currencies can never be mistaken for each other. It only inserts separators into
 * the exact decimal text of the {@link Money}: no number type, no rounding on the way to the page.
 */
public final class MoneyFormat {

    private static final Pattern MONEY_TEXT = Pattern.compile("(USD|KRW) (-?\\d+(?:\\.\\d+)?)");

    private MoneyFormat() {
    }

    public static String format(Money money) {
        return grouped(money.currency(), money.amount());
    }

    /**
     * A unit price in the claim's currency, written like an amount: at least the currency's minor
     * digits ({@code USD 100.00}, {@code KRW 1,500}) and any further digits the price really has
     * (prices are kept to four decimals: {@code USD 12.3456}), never rounded.
     */
    public static String price(BigDecimal price, CurrencyCode currency) {
        BigDecimal exact = price.stripTrailingZeros();
        return grouped(currency, exact.scale() < currency.minorUnits() ? exact.setScale(currency.minorUnits()) : exact);
    }

    private static String grouped(CurrencyCode currency, BigDecimal amount) {
        String plain = amount.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(currency.name()).append(' ');
        if (amount.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out.append(dot < 0 ? "" : plain.substring(dot)).toString();
    }

    /**
     * Rewrites a text that is exactly an amount as a service wrote it ({@code Money.toString()},
     * "USD 72550.00") in the portal's form; any other text is returned as it is.
     */
    public static String inText(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MONEY_TEXT.matcher(text);
        if (!m.matches()) {
            return text;
        }
        try {
            return format(Money.of(m.group(2), CurrencyCode.valueOf(m.group(1))));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
