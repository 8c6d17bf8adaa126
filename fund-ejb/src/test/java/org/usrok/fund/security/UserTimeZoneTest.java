package org.usrok.fund.security;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Korean users read Korea time, U.S. users Eastern time, others UTC, unless they chose a zone the JDK knows. */
class UserTimeZoneTest {

    @Test
    void theCountryDecidesWithoutAChoice() {
        assertThat(UserTimeZone.effective(null, CountryCode.KR)).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(UserTimeZone.effective(null, CountryCode.US)).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(UserTimeZone.effective(null, null)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aChoiceWinsOverTheCountry() {
        assertThat(UserTimeZone.effective("America/Los_Angeles", CountryCode.KR)).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(UserTimeZone.effective("Gone/Zone", CountryCode.KR)).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void onlyRegionIdsTheJdkKnowsAreAccepted() {
        assertThat(UserTimeZone.require("timeZone", " Asia/Seoul ")).isEqualTo("Asia/Seoul");
        assertThat(UserTimeZone.require("timeZone", "")).isNull();
        assertThat(UserTimeZone.require("timeZone", null)).isNull();
        for (String bad : new String[] {"Mars/Olympus", "asia/seoul", "+09:00", "KST", "x".repeat(200)}) {
            assertThatThrownBy(() -> UserTimeZone.require("timeZone", bad))
                    .isInstanceOfSatisfying(UnknownTimeZoneException.class, e -> {
                        assertThat(e.field()).isEqualTo("timeZone");
                        assertThat(e.messageKey()).isEqualTo("user.timeZone.unknown");
                    });
        }
        assertThat(UserTimeZone.OFFERED).allSatisfy(id -> assertThat(UserTimeZone.require("timeZone", id)).isEqualTo(id));
    }
}
