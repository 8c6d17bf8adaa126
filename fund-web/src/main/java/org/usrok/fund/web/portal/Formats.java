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

    /** The instant in the given zone, with the zone named: {@code 2026-05-01 09:00 Asia/Seoul}. */
    public String at(Instant instant, String zone) {
        if (instant == null) {
            return "\u2014";
        }
        ZoneId zoneId;
        try {
            zoneId = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            zoneId = ZoneOffset.UTC;
        }
        return DATE_TIME.format(instant.atZone(zoneId)) + " " + (zoneId == ZoneOffset.UTC ? "UTC" : zoneId.getId());
    }

    public String utc(Instant instant) {
        return at(instant, null);
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
