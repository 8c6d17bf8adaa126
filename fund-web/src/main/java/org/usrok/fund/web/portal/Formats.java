package org.usrok.fund.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Display helpers for pages ({@code #{fmt.money(c.claimed)}}): money with its currency and
 * decimals, instants in a named zone (the round's display zone) or UTC with the zone shown,
 * byte sizes, and labels of audit actions.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Money money) {
        return money == null ? "\u2014" : MoneyFormat.format(money);
    }

    /** A unit price with its currency, as {@link MoneyFormat#price} writes it. */
    public String price(BigDecimal price, CurrencyCode currency) {
        return price == null || currency == null ? "\u2014" : MoneyFormat.price(price, currency);
    }

    /**
     * The instant in the given zone, with the zone named as people read it in the page's language:
     * {@code 2026-05-01 09:00 Korean Standard Time}, {@code 2026-07-01 08:00 Eastern Daylight Time},
     * {@code 2026-05-01 09:00 대한민국 표준시}; UTC stays {@code UTC}.
     */
    public String at(Instant instant, String zone) {
        return atIn(instant, zone, pageLocale());
    }

    static String atIn(Instant instant, String zone, Locale locale) {
        if (instant == null) {
            return "\u2014";
        }
        ZoneId zoneId;
        try {
            zoneId = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            zoneId = ZoneOffset.UTC;
        }
        if (zoneId.normalized().equals(ZoneOffset.UTC)) {
            return DATE_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
        }
        return DATE_TIME.format(instant.atZone(zoneId)) + " "
                + DateTimeFormatter.ofPattern("zzzz", locale).format(instant.atZone(zoneId));
    }

    /** A zone by its name in the page's language and its id: {@code Korean Time (Asia/Seoul)}. */
    public String zone(String zone) {
        return zoneIn(zone, pageLocale());
    }

    static String zoneIn(String zone, Locale locale) {
        if (zone == null || zone.isEmpty()) {
            return "";
        }
        try {
            ZoneId zoneId = ZoneId.of(zone);
            return zoneId.normalized().equals(ZoneOffset.UTC) ? "UTC"
                    : zoneId.getDisplayName(TextStyle.FULL, locale) + " (" + zoneId.getId() + ")";
        } catch (DateTimeException e) {
            return zone;
        }
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Locale.ENGLISH : Messages.locale(faces);
    }

    public String utc(Instant instant) {
        return atIn(instant, null, Locale.ENGLISH);
    }

    public String date(LocalDate date) {
        return date == null ? "\u2014" : date.toString();
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "\u2014" : percent.stripTrailingZeros().toPlainString() + " %";
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** The label of an audit action ({@code audit.CLAIM_SUBMITTED}), or the action itself. */
    public String action(String action) {
        String key = "audit." + action;
        String label = LocalizedMessages.label(Messages.locale(FacesContext.getCurrentInstance()), key);
        return label.equals(key) ? action : label;
    }
}
