package org.usrok.fund.allocation;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.List;

/**
 * Two or more scenarios of one round side by side: per company its share under each (in the
 * company's currency) and the difference from the first scenario; per country the total under
 * each; and each scenario's pools with their leftovers.
 */
public record ScenarioComparison(List<ScenarioSummary> scenarios, List<CompanyRow> companies,
                                 List<CountryRow> countries, List<List<PoolSummary>> pools) implements Serializable {

    /** One company: approved total, share under each scenario, difference of each from the first. */
    public record CompanyRow(long companyId, String companyName, CountryCode country, Money approved,
                             List<Money> shares, List<Money> differences) implements Serializable {
    }

    /** One country's companies: approved total and the total share under each scenario. */
    public record CountryRow(CountryCode country, Money approved, List<Money> shares) implements Serializable {
    }
}
