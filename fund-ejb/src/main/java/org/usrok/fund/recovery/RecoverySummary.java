package org.usrok.fund.recovery;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of a recoveries list: whom, how much, how much is recovered and outstanding, where it
 * stands. {@code openedBy} is null when a company reads it (officers act as their government).
 */
public record RecoverySummary(long id, long version, long companyId, String companyName, CountryCode country,
                              Long roundId, Money amount, Money recovered, Money outstanding,
                              RecoveryStatus status, String reason, String openedBy, Instant openedAt) implements Serializable {

    static RecoverySummary of(Recovery r, String companyName, boolean asCompany) {
        return new RecoverySummary(r.getId(), r.getVersion(), r.getCompanyId(), companyName, r.getCountry(),
                r.getRoundId(), r.amount(), r.recovered(), r.outstanding(), r.getStatus(), r.getReason(),
                asCompany ? null : r.getOpenedBy(), r.getOpenedAt());
    }
}
