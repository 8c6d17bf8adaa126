package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A value date lies between the event it follows and tomorrow (UTC), both days included. */
class ValueDateRangeTest {

    private static final LocalDate PLEDGED = LocalDate.of(2026, 11, 20);
    private static final LocalDate LATEST = LocalDate.of(2026, 12, 7);
    private static final ValueDateRange RANGE = new ValueDateRange(PLEDGED, LATEST);

    @Test
    void bothEndsAreAllowed() {
        assertThat(RANGE.breach(PLEDGED)).isEmpty();
        assertThat(RANGE.breach(LATEST)).isEmpty();
        assertThat(RANGE.breach(LocalDate.of(2026, 11, 25))).isEmpty();
    }

    @Test
    void aDayBeforeTheEventIsTooEarlyAndADayAfterTheLatestIsInTheFuture() {
        assertThat(RANGE.breach(PLEDGED.minusDays(1))).contains(ValueDateRange.Breach.TOO_EARLY);
        assertThat(RANGE.breach(LocalDate.of(2019, 3, 1))).contains(ValueDateRange.Breach.TOO_EARLY);
        assertThat(RANGE.breach(LATEST.plusDays(1))).contains(ValueDateRange.Breach.IN_FUTURE);
        assertThat(RANGE.breach(LocalDate.of(2031, 1, 1))).contains(ValueDateRange.Breach.IN_FUTURE);
    }

    @Test
    void anEventAfterTheLatestDateLeavesNoDayAndEveryDateIsRefused() {
        var empty = new ValueDateRange(LATEST.plusDays(3), LATEST);
        assertThat(empty.breach(LATEST)).contains(ValueDateRange.Breach.TOO_EARLY);
        assertThat(empty.breach(LATEST.plusDays(3))).contains(ValueDateRange.Breach.IN_FUTURE);
    }

    @Test
    void theLatestValueDateIsTomorrowInUtcSoSeoulsDateIsNeverTheFuture() {
        Instant lateEvening = Instant.parse("2026-12-06T23:30:00Z");
        assertThat(Clock.latestValueDate(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 7));
        LocalDate seoul = ZonedDateTime.ofInstant(lateEvening, ZoneId.of("Asia/Seoul")).toLocalDate();
        assertThat(seoul).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(new ValueDateRange(PLEDGED, Clock.latestValueDate(lateEvening)).breach(seoul)).isEmpty();
        assertThat(Clock.latestValueDate(Instant.parse("2026-12-06T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void fromTheEventToTheLatestValueDateNow() {
        LocalDate before = Clock.latestValueDate();
        ValueDateRange range = ValueDateRange.from(PLEDGED);
        assertThat(range.earliest()).isEqualTo(PLEDGED);
        assertThat(range.latest()).isBetween(before, Clock.latestValueDate());
    }
}
