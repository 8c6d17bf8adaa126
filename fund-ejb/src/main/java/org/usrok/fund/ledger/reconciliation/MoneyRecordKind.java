package org.usrok.fund.ledger.reconciliation;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of business record that move money, each with the event ids of the journal entries
 * it posts (docs/ledger.md, Business events). A payment's entry is its batch's release entry.
 */
public enum MoneyRecordKind {

    CONTRIBUTION_RECEIPT("round-[1-9][0-9]*-receipt-(US|KR)-[1-9][0-9]*"),
    ALLOCATION_COMMITMENT("round-[1-9][0-9]*-allocation"),
    PAYMENT("disbursement-batch-[1-9][0-9]*-release"),
    PAYMENT_RETURN("payment-[1-9][0-9]*-return"),
    RECOVERY_RECEIVABLE("recovery-[1-9][0-9]*-receivable"),
    RECOVERY_RECEIPT("recovery-[1-9][0-9]*-receipt-[1-9][0-9]*");

    private final Pattern eventId;

    MoneyRecordKind(String eventId) {
        this.eventId = Pattern.compile(eventId);
    }

    /** The kind of record whose entries carry this event id, if any (a reversal's {@code -reversal} id is none). */
    public static Optional<MoneyRecordKind> ofEventId(String eventId) {
        return Arrays.stream(values()).filter(k -> k.eventId.matcher(eventId).matches()).findFirst();
    }
}
