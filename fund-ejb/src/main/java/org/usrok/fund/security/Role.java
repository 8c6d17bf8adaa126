package org.usrok.fund.security;

import org.usrok.fund.shared.CountryCode;

import java.util.Optional;

/**
 * The fund's roles. Officers belong to one government; a company user is bound to one company;
 * auditors read everything and change nothing; administrators manage users and reference data.
 * The constants are the role names used in {@code @RolesAllowed}.
 */
public enum Role {
    COMPANY,
    OFFICER_US,
    OFFICER_KR,
    AUDITOR,
    ADMIN;

    public static final String COMPANY_NAME = "COMPANY";
    public static final String OFFICER_US_NAME = "OFFICER_US";
    public static final String OFFICER_KR_NAME = "OFFICER_KR";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The government an officer role acts for; empty for the other roles. */
    public Optional<CountryCode> officerCountry() {
        return switch (this) {
            case OFFICER_US -> Optional.of(CountryCode.US);
            case OFFICER_KR -> Optional.of(CountryCode.KR);
            default -> Optional.empty();
        };
    }

    public static Role officerOf(CountryCode country) {
        return country == CountryCode.US ? OFFICER_US : OFFICER_KR;
    }
}
