package org.usrok.fund.web.account;

import org.usrok.fund.security.Actor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

/**
 * Who the caller is, as the services see them, and the zone the portal shows their times in
 * ({@code timeZone}, an IANA id; {@code timeZoneName} in English, e.g. {@code Korean Time}).
 */
public record MeResponse(String username, Set<Role> roles, CountryCode country, Long companyId, String timeZone,
                         String timeZoneName) implements Serializable {

    static MeResponse of(Actor a, ZoneId zone) {
        return new MeResponse(a.username(), a.roles(), a.country(), a.companyId(), zone == null ? null : zone.getId(),
                zone == null ? null : zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
}
