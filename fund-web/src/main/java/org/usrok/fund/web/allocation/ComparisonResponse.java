package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.ScenarioComparison;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.util.List;

/** Scenarios side by side: per company and per country, in the order of {@code scenarios}. */
public record ComparisonResponse(List<ScenarioSummaryResponse> scenarios, List<CompanyRow> companies,
                                 List<CountryRow> countries, List<List<PoolResponse>> pools) implements Serializable {

    /** One company's share under each scenario and the difference of each from the first. */
    public record CompanyRow(long companyId, String companyName, CountryCode country, MoneyResponse approved,
                             List<MoneyResponse> shares, List<MoneyResponse> differences) implements Serializable {
    }

    /** One country's approved total and total share under each scenario. */
    public record CountryRow(CountryCode country, MoneyResponse approved, List<MoneyResponse> shares) implements Serializable {
    }

    static ComparisonResponse of(ScenarioComparison c) {
        return new ComparisonResponse(c.scenarios().stream().map(ScenarioSummaryResponse::of).toList(),
                c.companies().stream().map(r -> new CompanyRow(r.companyId(), r.companyName(), r.country(),
                        MoneyResponse.of(r.approved()), r.shares().stream().map(MoneyResponse::of).toList(),
                        r.differences().stream().map(MoneyResponse::of).toList())).toList(),
                c.countries().stream().map(r -> new CountryRow(r.country(), MoneyResponse.of(r.approved()),
                        r.shares().stream().map(MoneyResponse::of).toList())).toList(),
                c.pools().stream().map(list -> list.stream().map(PoolResponse::of).toList()).toList());
    }
}
