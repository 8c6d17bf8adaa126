package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Times carry a zone people can read in the page's language, not a raw zone id. */
class FormatsTest {

    private static final Instant MAY_DAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aRoundTimeNamesItsZoneInThePagesLanguage() {
        assertThat(Formats.atIn(MAY_DAY, "Asia/Seoul", Locale.ENGLISH))
                .isEqualTo("2026-05-01 09:00 Korean Standard Time");
        assertThat(Formats.atIn(Instant.parse("2026-07-01T12:00:00Z"), "America/New_York", Locale.ENGLISH))
                .isEqualTo("2026-07-01 08:00 Eastern Daylight Time");
        assertThat(Formats.atIn(MAY_DAY, "Asia/Seoul", Locale.KOREAN))
                .isEqualTo("2026-05-01 09:00 \uB300\uD55C\uBBFC\uAD6D \uD45C\uC900\uC2DC");
    }

    @Test
    void oneInstantReadsInEachViewersZone() {
        Instant winter = Instant.parse("2026-12-07T14:30:00Z");
        assertThat(Formats.atIn(winter, SEOUL.getId(), Locale.ENGLISH)).isEqualTo("2026-12-07 23:30 Korean Standard Time");
        assertThat(Formats.atIn(winter, NEW_YORK.getId(), Locale.ENGLISH)).isEqualTo("2026-12-07 09:30 Eastern Standard Time");
        assertThat(Formats.atIn(winter, NEW_YORK.getId(), Locale.KOREAN)).isEqualTo("2026-12-07 09:30 \uBBF8 \uB3D9\uBD80 \uD45C\uC900\uC2DC");
        assertThat(Formats.atIn(winter, "America/Denver", Locale.ENGLISH)).isEqualTo("2026-12-07 07:30 Mountain Standard Time");
    }

    @Test
    void aRoundTimeAddsTheViewersOwnWhenTheZonesDiffer() {
        assertThat(Formats.atBoth(MAY_DAY, "Asia/Seoul", NEW_YORK, Locale.ENGLISH))
                .isEqualTo("2026-05-01 09:00 Korean Standard Time (2026-04-30 20:00 Eastern Daylight Time)");
        assertThat(Formats.atBoth(MAY_DAY, "Asia/Seoul", SEOUL, Locale.ENGLISH))
                .isEqualTo("2026-05-01 09:00 Korean Standard Time");
        assertThat(Formats.atBoth(null, "Asia/Seoul", NEW_YORK, Locale.ENGLISH)).isEqualTo("\u2014");
    }

    @Test
    void utcStaysUtc() {
        assertThat(Formats.atIn(MAY_DAY, null, Locale.KOREAN)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.atIn(MAY_DAY, "UTC", Locale.ENGLISH)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.atIn(MAY_DAY, "Not/AZone", Locale.ENGLISH)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.atBoth(MAY_DAY, "UTC", ZoneOffset.UTC, Locale.ENGLISH)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.zoneIn("UTC", Locale.ENGLISH)).isEqualTo("UTC");
    }

    @Test
    void aZoneIsNamedWithItsCityNotItsId() {
        assertThat(Formats.zoneIn("Asia/Seoul", Locale.ENGLISH)).isEqualTo("Korean Time (Seoul)");
        assertThat(Formats.zoneIn("America/New_York", Locale.ENGLISH)).isEqualTo("Eastern Time (New York)");
        assertThat(Formats.zoneIn("America/New_York", Locale.KOREAN)).isEqualTo("\uBBF8 \uB3D9\uBD80 \uC2DC\uAC04 (New York)");
        assertThat(Formats.zoneIn("America/Denver", Locale.ENGLISH)).isNotEqualTo(Formats.zoneIn("America/Phoenix", Locale.ENGLISH));
        assertThat(Formats.zoneIn("America/Los_Angeles", Locale.ENGLISH)).doesNotContain("/").doesNotContain("_");
    }
}
