package org.usrok.fund.web.company;

import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.CompanySummary;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** One company in a list. */
public record CompanySummaryResponse(long id, long version, String legalName, CountryCode country, String ein,
                                     String uei, String brn, IndustrySector industrySector, CompanyStatus status,
                                     Instant registeredAt) implements Serializable {

    static CompanySummaryResponse of(CompanySummary s) {
        return new CompanySummaryResponse(s.id(), s.version(), s.legalName(), s.country(), s.ein(), s.uei(), s.brn(),
                s.industrySector(), s.status(), s.registeredAt());
    }
}
