package org.usrok.fund.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a value date may take, both inclusive: not before the event it follows (a pledge, an
 * approval, a release) and not in the future ({@link Clock#latestValueDate()}). A receipt dated
 * years before its pledge or next year would be posted to the ledger on a day when nothing could
 * have happened, so every recorded date is checked against its range.
 */
public record ValueDateRange(LocalDate earliest, LocalDate latest) implements Serializable {

    /** Why a date falls outside the range. */
    public enum Breach {
        /** Before the event the date follows. */
        TOO_EARLY,
        /** After {@link Clock#latestValueDate()}: in the future. */
        IN_FUTURE
    }

    public ValueDateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
    }

    /** From {@code earliest} to the latest value date the fund accepts now. */
    public static ValueDateRange from(LocalDate earliest) {
        return new ValueDateRange(earliest, Clock.latestValueDate());
    }

    /** Empty when {@code date} is in the range; otherwise why it is not (an early date also in an empty range is early). */
    public Optional<Breach> breach(LocalDate date) {
        if (date.isBefore(earliest)) {
            return Optional.of(Breach.TOO_EARLY);
        }
        if (date.isAfter(latest)) {
            return Optional.of(Breach.IN_FUTURE);
        }
        return Optional.empty();
    }
}
