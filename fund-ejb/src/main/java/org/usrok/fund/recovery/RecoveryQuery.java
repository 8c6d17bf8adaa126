package org.usrok.fund.recovery;

/** Filters of the recoveries list; null means any. */
public record RecoveryQuery(RecoveryStatus status, Long companyId) {

    public static RecoveryQuery all() {
        return new RecoveryQuery(null, null);
    }
}
