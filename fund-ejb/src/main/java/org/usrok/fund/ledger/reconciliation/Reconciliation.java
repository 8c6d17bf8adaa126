package org.usrok.fund.ledger.reconciliation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one reconciliation run: when and by whom, the totals per kind of record (every
 * kind, also those without records), and every difference, ordered by entry sequence.
 */
public record Reconciliation(Instant ranAt, String ranBy, List<KindTotals> kinds,
                             List<ReconciliationDifference> differences) implements Serializable {

    public Reconciliation {
        kinds = List.copyOf(kinds);
        differences = List.copyOf(differences);
    }

    /** True when every record matches its entry and every entry of a money event has its record. */
    public boolean clean() {
        return differences.isEmpty();
    }
}
