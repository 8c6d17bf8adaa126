package org.usrok.fund.it.company;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.CompanyAlreadyBoundException;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyQuery;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.IdentifierAlreadyRegisteredException;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.PageRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering a company through the service, inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class CompanyRegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(CompanyRegistrationIT.class);
    }

    @Inject
    CompanyService companies;

    @Inject
    UserAccountService users;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail audit;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    @Test
    void companyUserRegistersTheirCompanyWhichAwaitsVerification() {
        var user = actors.newCompanyUser(CountryCode.US);
        RegisterCompany command = TestData.usCompany();

        CompanyDetails registered = user.call(() -> companies.register(command));

        assertThat(registered.id()).isPositive();
        assertThat(registered.status()).isEqualTo(CompanyStatus.PENDING);
        assertThat(registered.ein()).isEqualTo(command.ein());
        assertThat(registered.registeredBy()).isEqualTo(user.username());
        assertThat(user.call(() -> currentActor.get().companyId())).isEqualTo(registered.id());
        assertThat(user.call(() -> companies.ownCompany())).hasValueSatisfying(
                own -> assertThat(own.legalName()).isEqualTo(command.legalName()));
    }

    @Test
    void registrationWritesAnAuditRecordWithTheNewState() {
        var user = actors.newCompanyUser(CountryCode.KR);
        CompanyDetails registered = user.call(() -> companies.register(TestData.krCompany()));
        var auditor = actors.newAuditor();

        var history = auditor.call(() -> audit.history("Company", String.valueOf(registered.id()), new PageRequest(0, 10)));

        assertThat(history.items()).hasSize(1);
        var entry = history.items().get(0);
        assertThat(entry.action()).isEqualTo("COMPANY_REGISTERED");
        assertThat(entry.actor()).isEqualTo(user.username());
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains(registered.brn()).contains("\"status\":\"PENDING\"");
    }

    @Test
    void anIdentifierAlreadyRegisteredIsRefusedWhateverItsSpelling() {
        RegisterCompany first = TestData.usCompany();
        actors.newCompanyUser(CountryCode.US).call(() -> companies.register(first));

        String einOtherSpelling = first.ein().replace("-", "");
        String ueiLowerCase = "  " + first.uei().toLowerCase(Locale.ROOT);
        var second = actors.newCompanyUser(CountryCode.US);

        assertThatThrownBy(() -> second.call(() -> companies.register(withIdentifiers(TestData.usCompany(),
                einOtherSpelling, null))))
                .isInstanceOfSatisfying(IdentifierAlreadyRegisteredException.class,
                        e -> assertThat(e.field()).isEqualTo("ein"));
        assertThatThrownBy(() -> second.call(() -> companies.register(withIdentifiers(TestData.usCompany(),
                TestData.ein(), ueiLowerCase))))
                .isInstanceOfSatisfying(IdentifierAlreadyRegisteredException.class,
                        e -> assertThat(e.field()).isEqualTo("uei"));
        assertThat(second.call(() -> companies.ownCompany())).isEmpty();
    }

    @Test
    void aKoreanRegistrationNumberIsRegisteredOnce() {
        RegisterCompany first = TestData.krCompany();
        actors.newCompanyUser(CountryCode.KR).call(() -> companies.register(first));
        var other = TestData.krCompany();
        var duplicate = new RegisterCompany(other.legalName(), other.country(), null, null,
                first.brn().replace("-", " "), other.street(), other.city(), null, other.postalCode(),
                other.industrySector(), other.contactName(), other.contactEmail());

        assertThatThrownBy(() -> actors.newCompanyUser(CountryCode.KR).call(() -> companies.register(duplicate)))
                .isInstanceOf(IdentifierAlreadyRegisteredException.class);
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsStored() {
        var user = actors.newCompanyUser(CountryCode.KR);
        var invalid = new RegisterCompany(" ", CountryCode.KR, null, null, "124-81-00997", "테헤란로 1", "서울", null,
                "1234", IndustrySector.OTHER, "박지호", "not-an-email");

        assertThatThrownBy(() -> user.call(() -> companies.register(invalid)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                                .map(Object::toString).map(p -> p.substring(p.lastIndexOf('.') + 1)))
                        .containsExactlyInAnyOrder("legalName", "brn", "postalCode", "contactEmail"));
        assertThat(user.call(() -> companies.ownCompany())).isEmpty();
    }

    @Test
    void aCompanyUserRegistersOnlyOneCompany() {
        var user = actors.newCompanyUser(CountryCode.US);
        user.call(() -> companies.register(TestData.usCompany()));

        assertThatThrownBy(() -> user.call(() -> companies.register(TestData.usCompany())))
                .isInstanceOf(CompanyAlreadyBoundException.class);
    }

    @Test
    void aCompanyUserRegistersACompanyOfTheirAccountsCountryOnly() {
        var usUser = actors.newCompanyUser(CountryCode.US);

        assertThatThrownBy(() -> usUser.call(() -> companies.register(TestData.krCompany())))
                .isInstanceOfSatisfying(org.usrok.fund.company.OwnCountryCompanyOnlyException.class,
                        e -> assertThat(e.field()).isEqualTo("country"));
        assertThat(usUser.call(() -> companies.ownCompany())).isEmpty();
    }

    @Test
    void onlyCompanyUsersRegister() {
        var officer = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> officer.call(() -> companies.register(TestData.usCompany())))
                .isInstanceOf(EJBAccessException.class);
        var anonymous = actors.identity("anonymous-" + TestData.suffix());
        assertThatThrownBy(() -> anonymous.call(() -> companies.register(TestData.usCompany())))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCompanyUserSeesOnlyTheirOwnCompany() {
        var mine = actors.newCompanyUser(CountryCode.US);
        var theirs = actors.newCompanyUser(CountryCode.US);
        CompanyDetails own = mine.call(() -> companies.register(TestData.usCompany()));
        CompanyDetails other = theirs.call(() -> companies.register(TestData.usCompany()));

        assertThat(mine.call(() -> companies.get(own.id())).id()).isEqualTo(own.id());
        assertThatThrownBy(() -> mine.call(() -> companies.get(other.id()))).isInstanceOf(EntityNotFoundException.class);
        var page = mine.call(() -> companies.list(CompanyQuery.all(), new PageRequest(0, 50)));
        assertThat(page.items()).extracting(c -> c.id()).containsExactly(own.id());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void officersListAllCompaniesWithFiltersAndStablePaging() {
        String marker = TestData.suffix();
        for (int i = 0; i < 5; i++) {
            var c = TestData.krCompany();
            var named = new RegisterCompany("Paging " + marker + " " + i, c.country(), null, null, c.brn(), c.street(),
                    c.city(), null, c.postalCode(), c.industrySector(), c.contactName(), c.contactEmail());
            actors.newCompanyUser(CountryCode.KR).call(() -> companies.register(named));
        }
        var officer = actors.newOfficer(CountryCode.US);
        var query = new CompanyQuery(CountryCode.KR, CompanyStatus.PENDING, "paging " + marker,
                CompanyQuery.SortField.LEGAL_NAME, false);

        var first = officer.call(() -> companies.list(query, new PageRequest(0, 2)));
        var second = officer.call(() -> companies.list(query, new PageRequest(1, 2)));
        var third = officer.call(() -> companies.list(query, new PageRequest(2, 2)));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(c -> c.legalName()).containsExactly(
                "Paging " + marker + " 0", "Paging " + marker + " 1");
        assertThat(second.items()).extracting(c -> c.legalName()).containsExactly(
                "Paging " + marker + " 2", "Paging " + marker + " 3");
        assertThat(third.items()).extracting(c -> c.legalName()).containsExactly("Paging " + marker + " 4");
        var likeWildcards = new CompanyQuery(null, null, "%", null, true);
        assertThat(officer.call(() -> companies.list(likeWildcards, new PageRequest(0, 5))).items())
                .allSatisfy(c -> assertThat(c.legalName()).contains("%"));
    }

    private static RegisterCompany withIdentifiers(RegisterCompany c, String ein, String uei) {
        return new RegisterCompany(c.legalName(), c.country(), ein, uei, null, c.street(), c.city(), c.region(),
                c.postalCode(), c.industrySector(), c.contactName(), c.contactEmail());
    }

    @Test
    void accountsKeepRolesSeparate() {
        var admin = actors.admin();
        String name = "mixed." + TestData.suffix();
        assertThatThrownBy(() -> admin.call(() -> users.create(new org.usrok.fund.security.CreateUserAccount(name,
                Actors.PASSWORD, "Mixed", name + "@example.test", CountryCode.US,
                java.util.Set.of(Role.OFFICER_US, Role.AUDITOR)))))
                .isInstanceOf(org.usrok.fund.security.InconsistentRolesException.class);
        assertThatThrownBy(() -> admin.call(() -> users.create(new org.usrok.fund.security.CreateUserAccount(name,
                Actors.PASSWORD, "Wrong country", name + "@example.test", CountryCode.KR,
                java.util.Set.of(Role.OFFICER_US)))))
                .isInstanceOf(org.usrok.fund.security.InconsistentRolesException.class);
    }
}
