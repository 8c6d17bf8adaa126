package org.usrok.fund.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A company's registered address; the country is the company's own. */
@Embeddable
public class PostalAddress {

    @Column(name = "address_street", nullable = false, length = 200)
    private String street;

    @Column(name = "address_city", nullable = false, length = 100)
    private String city;

    @Column(name = "address_region", length = 100)
    private String region;

    @Column(name = "address_postal_code", nullable = false, length = 10)
    private String postalCode;

    protected PostalAddress() {
    }

    public PostalAddress(String street, String city, String region, String postalCode) {
        this.street = street;
        this.city = city;
        this.region = region;
        this.postalCode = postalCode;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }
}
