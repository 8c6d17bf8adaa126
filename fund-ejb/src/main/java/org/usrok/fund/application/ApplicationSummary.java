package org.usrok.fund.application;

import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** An application as queues and lists show it, with its round's and company's names (one query, no N+1). */
public record ApplicationSummary(long id, long version, long roundId, String roundName, long companyId,
                                 String companyName, CountryCode country, ApplicationStatus status,
                                 Instant submittedAt, String reviewer, Instant updatedAt) implements Serializable {

    /** As the company sees it: the reviewer as their government's officer role, not by login name. */
    public ApplicationSummary asSeenByCompany() {
        return new ApplicationSummary(id, version, roundId, roundName, companyId, companyName, country, status, submittedAt,
                reviewer == null ? null : Role.officerOf(country).name(), updatedAt);
    }
}
