package org.usrok.fund.ledger.reconciliation;

import java.io.Serializable;

/** Per kind of money record: how many records and entries were compared, and how many differences were found. */
public record KindTotals(MoneyRecordKind kind, long records, long entries, long differences) implements Serializable {
}
