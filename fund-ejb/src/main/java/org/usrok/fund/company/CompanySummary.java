package org.usrok.fund.company;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** One row of the companies list. */
public record CompanySummary(long id, long version, String legalName, CountryCode country, String ein, String uei,
                             String brn, IndustrySector industrySector, CompanyStatus status, Instant registeredAt) implements Serializable {

    static CompanySummary of(Company c) {
        return new CompanySummary(c.getId(), c.getVersion(), c.getLegalName(), c.getCountry(), c.getEin(), c.getUei(),
                c.getBrn(), c.getIndustrySector(), c.getStatus(), c.getCreatedAt());
    }
}
