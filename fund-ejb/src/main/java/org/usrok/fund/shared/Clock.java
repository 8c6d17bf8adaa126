package org.usrok.fund.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The fund's notion of "now": UTC instants truncated to microseconds, the precision both databases keep. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
