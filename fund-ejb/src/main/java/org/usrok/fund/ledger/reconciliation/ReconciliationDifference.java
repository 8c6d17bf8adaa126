package org.usrok.fund.ledger.reconciliation;

import java.io.Serializable;

/**
 * One way a money record and its journal entry disagree: the record (its kind and id; no id for
 * an entry that no record claims), the entry's sequence, the field that differs ({@code entry},
 * {@code record}, {@code eventId}, {@code effectiveDate}, {@code lines}, or {@code line <k> account},
 * {@code side}, {@code currency}, {@code amount}), what the record gives and what the entry holds.
 */
public record ReconciliationDifference(MoneyRecordKind kind, Long recordId, Long sequence, String field,
                                       String expected, String found) implements Serializable {
}
