package org.usrok.fund.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * One entry for the auditors' entry page: the entry itself (which names the entry it reverses,
 * if any) and the entries that reverse it, found by the reverse link so that a correction can be
 * followed in both directions.
 */
public record JournalEntryDetails(JournalEntryRecord entry, List<Long> reversedBy) implements Serializable {

    public JournalEntryDetails {
        reversedBy = List.copyOf(reversedBy);
    }
}
