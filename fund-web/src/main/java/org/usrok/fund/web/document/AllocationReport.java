package org.usrok.fund.web.document;

import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a round's allocation report states: the round, its committed scenario (pools, method,
 * approvals, digests) and every share, with the shares added up per company and per country. A
 * company's and a country's shares are in one currency (the country's), so each total is one
 * amount; USD and KRW are never added together.
 */
public record AllocationReport(RoundDetails round, ScenarioDetails scenario, List<ShareLine> shares) implements Serializable {

    public AllocationReport {
        shares = List.copyOf(shares);
    }

    /** One company's claims in the allocation, added up. */
    public record CompanyTotal(long companyId, String companyName, CountryCode country, int claims, Money approved,
                               Money allocated) implements Serializable {

        CompanyTotal plus(ShareLine share) {
            return new CompanyTotal(companyId, companyName, country, claims + 1, approved.plus(share.approved()),
                    allocated.plus(share.share()));
        }
    }

    /** One country's companies in the allocation, added up. */
    public record CountryTotal(CountryCode country, int companies, int claims, Money approved, Money allocated) implements Serializable {
    }

    /** Per company, by country, then name, then id. */
    public List<CompanyTotal> byCompany() {
        Map<Long, CompanyTotal> totals = new LinkedHashMap<>();
        for (ShareLine s : shares) {
            totals.merge(s.companyId(), new CompanyTotal(s.companyId(), s.companyName(), s.country(), 1, s.approved(),
                    s.share()), (sum, one) -> sum.plus(s));
        }
        List<CompanyTotal> rows = new ArrayList<>(totals.values());
        rows.sort(Comparator.comparing(CompanyTotal::country)
                .thenComparing(CompanyTotal::companyName, Comparator.nullsLast(String::compareTo))
                .thenComparingLong(CompanyTotal::companyId));
        return rows;
    }

    /** Per country, U.S. first. */
    public List<CountryTotal> byCountry() {
        Map<CountryCode, CountryTotal> totals = new EnumMap<>(CountryCode.class);
        for (CompanyTotal c : byCompany()) {
            totals.merge(c.country(), new CountryTotal(c.country(), 1, c.claims(), c.approved(), c.allocated()),
                    (sum, one) -> new CountryTotal(sum.country(), sum.companies() + 1, sum.claims() + one.claims(),
                            sum.approved().plus(one.approved()), sum.allocated().plus(one.allocated())));
        }
        return List.copyOf(totals.values());
    }
}
