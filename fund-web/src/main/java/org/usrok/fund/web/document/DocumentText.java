package org.usrok.fund.web.document;

import org.usrok.fund.shared.Money;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.i18n.SupportedLanguage;
import org.usrok.fund.web.portal.MoneyFormat;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words, amounts and dates of a document in the reader's language: labels from the portal's
 * bundle, money as the portal writes it (currency code, grouped digits, the currency's decimals:
 * {@code USD 1,234.50}, {@code KRW 1,300,000}), dates written out ({@code December 7, 2026},
 * {@code 2026년 12월 7일}) and instants in UTC with the zone named.
 */
public final class DocumentText {

    private static final String NONE = "\u2014";

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    public DocumentText(Locale locale) {
        this.locale = SupportedLanguage.KOREAN.getLanguage().equals(locale.getLanguage())
                ? SupportedLanguage.KOREAN : SupportedLanguage.ENGLISH;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean korean() {
        return locale == SupportedLanguage.KOREAN;
    }

    /** A label of the portal's bundle, with {@link MessageFormat} arguments when given. */
    public String label(String key, Object... arguments) {
        String pattern = LocalizedMessages.label(locale, key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The label of an enum value under a bundle prefix ({@code paymentStatus.PAID}). */
    public String label(String prefix, Enum<?> value) {
        return value == null ? NONE : LocalizedMessages.label(locale, prefix + "." + value.name());
    }

    /** The amount as the portal writes it, with a no-break space so a table never splits it. */
    public String money(Money money) {
        return money == null ? NONE : MoneyFormat.format(money).replace(' ', '\u00a0');
    }

    public String date(LocalDate day) {
        return day == null ? NONE : date.format(day);
    }

    /** The instant's day and time in UTC: {@code December 7, 2026 03:20 UTC}. */
    public String instant(Instant at) {
        if (at == null) {
            return NONE;
        }
        var utc = at.atZone(ZoneOffset.UTC);
        return date.format(utc) + " " + time.format(utc) + " UTC";
    }

    /** The name in the reader's language, the other one after it in parentheses when it differs. */
    public String names(String english, String korean) {
        String first = korean() && korean != null ? korean : english;
        String second = korean() ? english : korean;
        return second == null || second.isBlank() || second.equals(first) ? first : first + " (" + second + ")";
    }

    public String orNone(Object value) {
        return value == null ? NONE : value.toString();
    }
}
