package org.usrok.fund.recovery;

/**
 * Where a recovery stands: {@code OPENED} awaits a second officer; {@code APPROVED} has its
 * receivable booked; receipts make it {@code PARTIALLY_RECOVERED} and finally {@code RECOVERED}.
 * An opened recovery may instead be {@code REJECTED} by another officer or {@code WITHDRAWN} by
 * its opener; nothing was booked for either.
 */
public enum RecoveryStatus {
    OPENED, APPROVED, PARTIALLY_RECOVERED, RECOVERED, REJECTED, WITHDRAWN;

    /** True while the recovery claims part of what was paid to the company (not rejected or withdrawn). */
    public boolean claimsPaidMoney() {
        return this != REJECTED && this != WITHDRAWN;
    }

    /** True when receipts may be recorded against it. */
    public boolean receivable() {
        return this == APPROVED || this == PARTIALLY_RECOVERED;
    }
}
