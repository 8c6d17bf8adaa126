package org.usrok.fund.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
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
 * decimals, instants in the viewer's zone (a round's times also in the round's zone) with the
 * zone named, byte sizes, and labels of audit actions.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    ViewerZone viewerZone;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Money money) {
        return money == null ? "\u2014" : MoneyFormat.format(money);
    }

    /** A unit price with its currency, as {@link MoneyFormat#price} writes it. */
    public String price(BigDecimal price, CurrencyCode currency) {
        return price == null || currency == null ? "\u2014" : MoneyFormat.price(price, currency);
    }

    /**
     * The instant in the viewer's zone (their profile's, else their country's: {@link ViewerZone}),
     * with the zone named as people read it in the page's language:
     * {@code 2026-05-01 09:00 Korean Standard Time}, {@code 2026-07-01 08:00 Eastern Daylight Time},
     * {@code 2026-05-01 09:00 대한민국 표준시}; UTC stays {@code UTC}. Every time the portal shows
     * goes through here (or {@link InstantConverter}), except a round's times ({@link #at}).
     */
    public String time(Instant instant) {
        return atIn(instant, viewerZone.get().getId(), pageLocale());
    }

    /**
     * A time of a round: in the round's display zone, the zone its windows are set in, and when
     * the viewer reads another zone, in theirs too:
     * {@code 2026-05-01 09:00 Korean Standard Time (2026-04-30 20:00 Eastern Daylight Time)}.
     */
    public String at(Instant instant, String zone) {
        return atBoth(instant, zone, viewerZone.get(), pageLocale());
    }

    static String atBoth(Instant instant, String zone, ZoneId viewer, Locale locale) {
        String inRoundZone = atIn(instant, zone, locale);
        if (instant == null || zoneOrUtc(zone).normalized().equals(viewer.normalized())) {
            return inRoundZone;
        }
        return inRoundZone + " (" + atIn(instant, viewer.getId(), locale) + ")";
    }

    static String atIn(Instant instant, String zone, Locale locale) {
        if (instant == null) {
            return "\u2014";
        }
        ZoneId zoneId = zoneOrUtc(zone);
        if (zoneId.normalized().equals(ZoneOffset.UTC)) {
            return DATE_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
        }
        return DATE_TIME.format(instant.atZone(zoneId)) + " "
                + DateTimeFormatter.ofPattern("zzzz", locale).format(instant.atZone(zoneId));
    }

    private static ZoneId zoneOrUtc(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /**
     * A zone on its own by its name in the page's language and its main city, never the raw id:
     * {@code Eastern Time (New York)}, {@code 미 동부 시간 (New York)}; the name comes from
     * {@link ZoneId#getDisplayName}, the city from the id, as zones that share a name (Denver and
     * Phoenix) differ only by it. UTC is {@code UTC}.
     */
    public String zone(String zone) {
        return zoneIn(zone, pageLocale());
    }

    /** The viewer's zone, named as {@link #zone} names it, for "times are in …" hints. */
    public String viewerZone() {
        return zoneIn(viewerZone.get().getId(), pageLocale());
    }

    static String zoneIn(String zone, Locale locale) {
        if (zone == null || zone.isEmpty()) {
            return "";
        }
        try {
            ZoneId zoneId = ZoneId.of(zone);
            if (zoneId.normalized().equals(ZoneOffset.UTC)) {
                return "UTC";
            }
            String id = zoneId.getId();
            String name = zoneId.getDisplayName(TextStyle.FULL, locale);
            int slash = id.lastIndexOf('/');
            return slash < 0 ? name : name + " (" + id.substring(slash + 1).replace('_', ' ') + ")";
        } catch (DateTimeException e) {
            return zone;
        }
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Locale.ENGLISH : Messages.locale(faces);
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
