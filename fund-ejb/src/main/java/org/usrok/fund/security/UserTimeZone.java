package org.usrok.fund.security;

import org.usrok.fund.shared.CountryCode;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The zone the portal shows a user's times in. A user may choose any IANA region id the JDK knows
 * ({@code Asia/Seoul}, {@code America/Chicago}); without a choice the account's country decides:
 * Korean users read Korea time, U.S. users Eastern time (where the U.S. government's offices
 * are), users without a country (auditors, administrators) UTC, the zone the ledger records in.
 */
public final class UserTimeZone {

    /** The zones the portal's lists offer: Korea, the U.S. zones and UTC. */
    public static final List<String> OFFERED = List.of("Asia/Seoul", "America/New_York", "America/Chicago",
            "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "UTC");

    private static final int MAX_LENGTH = 64;

    private UserTimeZone() {
    }

    /** The zone of a user who has not chosen one. */
    public static ZoneId defaultFor(CountryCode country) {
        if (country == null) {
            return ZoneOffset.UTC;
        }
        return switch (country) {
            case KR -> ZoneId.of("Asia/Seoul");
            case US -> ZoneId.of("America/New_York");
        };
    }

    /** The zone a user chose, or their country's when they chose none (or a zone the JDK no longer knows). */
    public static ZoneId effective(String chosen, CountryCode country) {
        if (chosen == null || !ZoneId.getAvailableZoneIds().contains(chosen)) {
            return defaultFor(country);
        }
        return ZoneId.of(chosen);
    }

    /**
     * A zone id as entered: blank means "my country's default" ({@code null}); anything else must be
     * a region id the JDK knows, spelt exactly, or {@link UnknownTimeZoneException} names the field.
     */
    public static String require(String field, String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String id = zone.strip();
        if (id.length() > MAX_LENGTH || !ZoneId.getAvailableZoneIds().contains(id)) {
            throw new UnknownTimeZoneException(field, id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) + "…" : id);
        }
        return id;
    }
}
