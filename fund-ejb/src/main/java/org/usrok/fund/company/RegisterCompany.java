package org.usrok.fund.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * A company user's request to register their company. Field rules are checked by Bean Validation
 * wherever the command enters (API, portal, service); the identifiers must be valid for the
 * company's country: a U.S. company gives an EIN or a UEI (or both), a Korean company its business
 * registration number.
 */
@IdentifiersMatchCountry
public record RegisterCompany(
        @NotBlank @Size(max = 200) String legalName,
        @NotNull(message = "{fund.choose}") CountryCode country,
        @Size(max = 20) @ValidIdentifier(IdentifierType.EIN) String ein,
        @Size(max = 20) @ValidIdentifier(IdentifierType.UEI) String uei,
        @Size(max = 20) @ValidIdentifier(IdentifierType.BRN) String brn,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String region,
        @NotBlank @Size(max = 10) String postalCode,
        @NotNull(message = "{fund.choose}") IndustrySector industrySector,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail) implements Serializable {
}
