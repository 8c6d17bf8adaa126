package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.reconciliation.MoneyRecordKind;
import org.usrok.fund.ledger.reconciliation.Reconciliation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a reconciliation of the money records with the journal: when and by whom it ran,
 * whether it is clean, the totals per kind of record and every difference (docs/ledger.md,
 * Reconciliation).
 */
public record ReconciliationResponse(Instant ranAt, String ranBy, boolean clean, List<Kind> kinds,
                                     List<Difference> differences) implements Serializable {

    /** Per kind of record: records and entries compared, differences found. */
    public record Kind(MoneyRecordKind kind, long records, long entries, long differences) implements Serializable {
    }

    /** One difference: the record (no id for an orphan entry), the entry, the field, the record's and the entry's value. */
    public record Difference(MoneyRecordKind kind, Long recordId, Long sequence, String field, String expected,
                             String found) implements Serializable {
    }

    static ReconciliationResponse of(Reconciliation r) {
        return new ReconciliationResponse(r.ranAt(), r.ranBy(), r.clean(),
                r.kinds().stream().map(k -> new Kind(k.kind(), k.records(), k.entries(), k.differences())).toList(),
                r.differences().stream().map(d -> new Difference(d.kind(), d.recordId(), d.sequence(), d.field(),
                        d.expected(), d.found())).toList());
    }
}
