package org.usrok.fund.recovery;

import java.io.Serializable;

/** Filters of the recoveries list; null means any. */
public record RecoveryQuery(RecoveryStatus status, Long companyId) implements Serializable {

    public static RecoveryQuery all() {
        return new RecoveryQuery(null, null);
    }
}
