package org.usrok.fund.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The fund's notion of "now": UTC instants truncated to microseconds, the precision both databases keep. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The latest value date the fund accepts for something that has happened (a receipt, a rate, a
     * bank's report): tomorrow in UTC, because a date in Seoul can already be a day ahead of UTC.
     * Anything later is in the future.
     */
    public static LocalDate latestValueDate() {
        return latestValueDate(now());
    }

    /** {@link #latestValueDate()} as of {@code now}. */
    public static LocalDate latestValueDate(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
    }
}
