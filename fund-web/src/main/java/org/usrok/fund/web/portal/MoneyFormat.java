package org.usrok.fund.web.portal;

import org.usrok.fund.shared.Money;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes an amount for people: the ISO currency code, then the amount grouped by thousands with
 * exactly the currency's minor digits ({@code USD 1,234,567.80}, {@code KRW 1,300,000,000}).
 * Formats the {@code BigDecimal} itself, never a {@code double}, so no amount is ever rounded
 * on the way to the page. The code comes first in both languages, so the two governments'
 * currencies can never be mistaken for each other.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(Money money, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(money.currency().minorUnits());
        format.setMaximumFractionDigits(money.currency().minorUnits());
        format.setParseBigDecimal(true);
        return money.currency().name() + " " + format.format(money.amount());
    }
}
