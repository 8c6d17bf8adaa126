package org.usrok.fund.web.company;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.Set;

/**
 * The company user's registration page: the form while they have no company, then their
 * company's details and verification status. The rules are the service's; violations are shown
 * beside their fields.
 */
@Named
@ViewScoped
public class CompanyRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration";
    static final Set<String> FIELDS = Set.of("legalName", "country", "ein", "uei", "brn", "street", "city", "region",
            "postalCode", "industrySector", "contactName", "contactEmail");

    @Inject
    CompanyService companies;

    @Inject
    Messages messages;

    private CompanyDetails company;

    private String legalName;
    private CountryCode country;
    private String ein;
    private String uei;
    private String brn;
    private String street;
    private String city;
    private String region;
    private String postalCode;
    private IndustrySector industrySector;
    private String contactName;
    private String contactEmail;

    @PostConstruct
    void load() {
        company = companies.ownCompany().orElse(null);
    }

    public void register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            company = companies.register(new RegisterCompany(legalName, country, ein, uei, brn, street, city, region,
                    postalCode, industrySector, contactName, contactEmail));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "company.registered");
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FORM, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, FIELDS, e);
        }
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    public IndustrySector[] getSectors() {
        return IndustrySector.values();
    }

    public CompanyDetails getCompany() {
        return company;
    }

    public boolean isRegistered() {
        return company != null;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    public String getEin() {
        return ein;
    }

    public void setEin(String ein) {
        this.ein = ein;
    }

    public String getUei() {
        return uei;
    }

    public void setUei(String uei) {
        this.uei = uei;
    }

    public String getBrn() {
        return brn;
    }

    public void setBrn(String brn) {
        this.brn = brn;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public IndustrySector getIndustrySector() {
        return industrySector;
    }

    public void setIndustrySector(IndustrySector industrySector) {
        this.industrySector = industrySector;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
