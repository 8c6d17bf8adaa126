package org.usrok.fund.ledger.checkpoint;

import java.io.Serializable;
import java.time.Instant;

/** What a {@code LEDGER_EXPORTED} audit record says an export handed out: its last sequence and head hash. */
public record ExportedHead(long auditId, Instant exportedAt, String exportedBy, long lastSequence, String headHash) implements Serializable {
}
