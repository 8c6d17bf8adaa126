package org.usrok.fund.web.company;

import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** A company as the API returns it. */
public record CompanyResponse(long id, long version, String legalName, CountryCode country, String ein, String uei,
                              String brn, Address address, IndustrySector industrySector, Contact contact,
                              CompanyStatus status, String registeredBy, Instant registeredAt, Decision decision) implements Serializable {

    public record Address(String street, String city, String region, String postalCode) implements Serializable {
    }

    public record Contact(String name, String email) implements Serializable {
    }

    /** Who verified or rejected the company, when, and why (rejections only). */
    public record Decision(String by, Instant at, String reason) implements Serializable {
    }

    static CompanyResponse of(CompanyDetails d) {
        return new CompanyResponse(d.id(), d.version(), d.legalName(), d.country(), d.ein(), d.uei(), d.brn(),
                new Address(d.street(), d.city(), d.region(), d.postalCode()), d.industrySector(),
                new Contact(d.contactName(), d.contactEmail()), d.status(), d.registeredBy(), d.registeredAt(),
                d.decidedBy() == null ? null : new Decision(d.decidedBy(), d.decidedAt(), d.decisionReason()));
    }
}
