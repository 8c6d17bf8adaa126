package org.usrok.fund.ledger;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the journal search; null (or blank) means "any". Sequence and effective-date ranges
 * are inclusive at both ends. {@code account} and {@code eventId} match exactly (both indexed);
 * {@code referenceContains} is a case-insensitive substring of the reference.
 */
public record JournalQuery(Long fromSequence, Long toSequence, LocalDate effectiveFrom, LocalDate effectiveTo,
                           String account, String referenceContains, String eventId) implements Serializable {

    public JournalQuery {
        account = clean(account);
        referenceContains = clean(referenceContains);
        eventId = clean(eventId);
    }

    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, null, null, null);
    }

    /** True when a range ends before it starts, so that nothing can match. */
    public boolean reversedRange() {
        return fromSequence != null && toSequence != null && fromSequence > toSequence
                || effectiveFrom != null && effectiveTo != null && effectiveFrom.isAfter(effectiveTo);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
