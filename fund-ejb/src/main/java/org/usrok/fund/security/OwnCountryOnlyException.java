package org.usrok.fund.security;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: a government officer acts only on matters of their own country; a U.S. officer cannot
 * verify a Korean company, and the other way round.
 */
public class OwnCountryOnlyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public OwnCountryOnlyException(String officer, CountryCode target) {
        super(RuleKind.FORBIDDEN, "error.ownCountryOnly", null, officer, target.name());
    }

    @Override
    public String ruleName() {
        return "own-country-only";
    }
}
