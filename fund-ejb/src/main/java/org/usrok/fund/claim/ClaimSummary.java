package org.usrok.fund.claim;

import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;

/** A claim as queues and lists show it (one query, no N+1). */
public record ClaimSummary(long id, long version, long roundId, String roundName, long companyId,
                           String companyName, CountryCode country, String title, ClaimStatus status,
                           Money claimed, Money approved, Instant submittedAt, String reviewer,
                           Instant overdueSince) implements Serializable {

    /** Constructor for the JPQL query, from minor units. */
    public ClaimSummary(long id, long version, long roundId, String roundName, long companyId, String companyName,
                        CountryCode country, CurrencyCode currency, String title, ClaimStatus status,
                        long claimedMinor, Long approvedMinor, Instant submittedAt, String reviewer,
                        Instant overdueSince) {
        this(id, version, roundId, roundName, companyId, companyName, country, title, status,
                Money.ofMinor(claimedMinor, currency),
                approvedMinor == null ? null : Money.ofMinor(approvedMinor, currency), submittedAt, reviewer,
                overdueSince);
    }

    public boolean overdue() {
        return overdueSince != null;
    }

    /** As the company sees it: the reviewer as their government's officer role, not by login name. */
    public ClaimSummary asSeenByCompany() {
        return new ClaimSummary(id, version, roundId, roundName, companyId, companyName, country, title, status, claimed,
                approved, submittedAt, reviewer == null ? null : Role.officerOf(country).name(), overdueSince);
    }
}
