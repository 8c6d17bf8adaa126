package org.usrok.fund.web.company;

import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * Body of {@code POST /api/companies}. The rules (required fields, identifier formats and check
 * digits, identifiers matching the country) are the service command's, so the API and the portal
 * cannot drift apart.
 */
public record RegisterCompanyRequest(String legalName, CountryCode country, String ein, String uei, String brn,
                                     String street, String city, String region, String postalCode,
                                     IndustrySector industrySector, String contactName, String contactEmail) implements Serializable {

    RegisterCompany toCommand() {
        return new RegisterCompany(legalName, country, ein, uei, brn, street, city, region, postalCode,
                industrySector, contactName, contactEmail);
    }
}
