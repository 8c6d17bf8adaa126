package org.usrok.fund.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A business event's request to post one journal entry. {@code eventId} is the event's own id
 * and the posting's idempotency key: posting the same event again returns the entry it already
 * made. {@code reverses} names the entry a correction reverses.
 */
public record PostEntry(@NotBlank @Size(max = 200) String eventId,
                        @NotNull LocalDate effectiveDate,
                        @Size(max = 200) String reference,
                        @Size(max = 1000) String description,
                        Long reverses,
                        @NotEmpty List<@NotNull JournalLine> lines) implements Serializable {
}
