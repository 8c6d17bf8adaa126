package org.usrok.fund.dashboard;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.List;

/**
 * A company's home figures: its applications and claims by status, what waits for it (returned
 * applications and claims, unread notices, drafts or returned items without evidence), money per
 * round and what it still owes back. Empty figures for a user not yet bound to a company.
 */
public record CompanyDashboard(Long companyId, CurrencyCode currency, List<StatusCount> applications,
                               List<StatusCount> claims, long returnedApplications, long returnedClaims,
                               long unreadNotices, long applicationsWithoutEvidence, long claimsWithoutEvidence,
                               List<RoundMoney> rounds, Money recoveriesOwed) implements Serializable {

    public CompanyDashboard {
        applications = List.copyOf(applications);
        claims = List.copyOf(claims);
        rounds = List.copyOf(rounds);
    }

    /** One round's money for the company: claimed, approved, allocated (committed) and paid (sent or confirmed). */
    public record RoundMoney(long roundId, String nameEn, String nameKo, Money claimed, Money approved,
                             Money allocated, Money paid) implements Serializable {
    }
}
