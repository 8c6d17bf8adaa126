package org.usrok.fund.disbursement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands: {@code PREPARED} in a batch awaiting release, {@code RELEASED} in a file
 * sent to the bank, then {@code PAID}, {@code RETURNED} or {@code REJECTED} as the bank reports;
 * {@code HELD} when its payout account changed (or lost its verification) before release, and
 * {@code CANCELLED} with its batch. A held, returned, rejected or cancelled payment's shares are free
 * to be prepared again.
 */
public enum PaymentStatus {
    PREPARED,
    RELEASED,
    PAID,
    RETURNED,
    REJECTED,
    HELD,
    CANCELLED;

    /** The statuses in which the payment's items still hold their claims (nothing else may pay them). */
    public static final Set<PaymentStatus> LIVE = EnumSet.of(PREPARED, RELEASED, PAID);

    /** The statuses of money that left the fund and did not come back. */
    public static final Set<PaymentStatus> DISBURSED = EnumSet.of(RELEASED, PAID);
}
