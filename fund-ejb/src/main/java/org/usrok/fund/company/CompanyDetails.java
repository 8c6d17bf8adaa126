package org.usrok.fund.company;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** Everything the fund records about a company, as shown to those allowed to see it. */
public record CompanyDetails(long id, long version, String legalName, CountryCode country, String ein, String uei,
                             String brn, String street, String city, String region, String postalCode,
                             IndustrySector industrySector, String contactName, String contactEmail,
                             CompanyStatus status, String registeredBy, Instant registeredAt, String decidedBy,
                             Instant decidedAt, String decisionReason) implements Serializable {

    public static CompanyDetails of(Company c) {
        PostalAddress a = c.getAddress();
        return new CompanyDetails(c.getId(), c.getVersion(), c.getLegalName(), c.getCountry(), c.getEin(), c.getUei(),
                c.getBrn(), a.getStreet(), a.getCity(), a.getRegion(), a.getPostalCode(), c.getIndustrySector(),
                c.getContactName(), c.getContactEmail(), c.getStatus(), c.getRegisteredBy(), c.getCreatedAt(),
                c.getDecidedBy(), c.getDecidedAt(), c.getDecisionReason());
    }
}
