package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Times carry a zone people can read in the page's language, not a raw zone id. */
class FormatsTest {

    private static final Instant MAY_DAY = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void aRoundTimeNamesItsZoneInThePagesLanguage() {
        assertThat(Formats.atIn(MAY_DAY, "Asia/Seoul", Locale.ENGLISH))
                .startsWith("2026-05-01 09:00 ").contains("Korea").doesNotContain("Asia/Seoul");
        assertThat(Formats.atIn(Instant.parse("2026-07-01T12:00:00Z"), "America/New_York", Locale.ENGLISH))
                .isEqualTo("2026-07-01 08:00 Eastern Daylight Time");
        assertThat(Formats.atIn(MAY_DAY, "Asia/Seoul", Locale.KOREAN))
                .startsWith("2026-05-01 09:00 ").doesNotContain("Asia/Seoul").matches(".*[\\uAC00-\\uD7A3].*");
    }

    @Test
    void utcStaysUtc() {
        assertThat(Formats.atIn(MAY_DAY, null, Locale.KOREAN)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.atIn(MAY_DAY, "UTC", Locale.ENGLISH)).isEqualTo("2026-05-01 00:00 UTC");
        assertThat(Formats.zoneIn("UTC", Locale.ENGLISH)).isEqualTo("UTC");
    }

    @Test
    void aZoneIsNamedWithItsIdBeside() {
        assertThat(Formats.zoneIn("Asia/Seoul", Locale.ENGLISH)).contains("Korea").endsWith(" (Asia/Seoul)");
        assertThat(Formats.zoneIn("America/New_York", Locale.ENGLISH)).isEqualTo("Eastern Time (America/New_York)");
    }
}
