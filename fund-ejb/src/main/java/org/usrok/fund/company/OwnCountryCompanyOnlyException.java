package org.usrok.fund.company;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a company user whose account belongs to a country registers a company of that country;
 * the account's country decides which government's officers review them.
 */
public class OwnCountryCompanyOnlyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public OwnCountryCompanyOnlyException(CountryCode accountCountry) {
        super(RuleKind.UNPROCESSABLE, "company.country.mismatch", "country", accountCountry.name());
    }

    @Override
    public String ruleName() {
        return "own-country-company-only";
    }
}
