package org.usrok.fund.it.dashboard;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimQuery;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimSummary;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.dashboard.CompanyDashboard;
import org.usrok.fund.dashboard.DashboardService;
import org.usrok.fund.dashboard.OfficerDashboard;
import org.usrok.fund.dashboard.StatusCount;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.security.UserAccountSummary;
import org.usrok.fund.security.UserQuery;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The home dashboards' figures, computed by {@link DashboardService} in the server on the real
 * database: a company's own claims by status and what waits for it, its money per round once paid,
 * an officer's queue of its own country and the fund's totals, the auditor's and administrator's
 * figures, and who may ask for which. Counts shared with other tests are compared before and after.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DashboardIT.class);
    }

    @Inject
    DashboardService dashboards;

    @Inject
    RoundService rounds;

    @Inject
    CompanyService companies;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    NotificationService notifications;

    @Inject
    UserAccountService users;

    @Inject
    DisbursementFixture fixture;

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, companies, applications, claims);
    }

    @Test
    void aCompanyWithTwoSubmittedClaimsAndOneReturnedSeesTwoAndOneAndOnlyItsOwn() {
        var usOfficer = actors.newOfficer(CountryCode.US);
        var krOfficer = actors.newOfficer(CountryCode.KR);
        OfficerDashboard usBefore = usOfficer.call(() -> dashboards.officer());
        OfficerDashboard krBefore = krOfficer.call(() -> dashboards.officer());

        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails application = flow.approvedApplication(round, company);
        List<ClaimDetails> submitted = List.of(1, 2, 3).stream().map(i -> {
            ClaimDetails draft = company.user().call(() -> claims.file(
                    new FileClaim(application.id(), "Dashboard claim " + i, Workflow.twoUsdLines())));
            return company.user().call(() -> claims.submit(draft.id(), null));
        }).toList();
        var reviewer = actors.newOfficer(CountryCode.US);
        reviewer.call(() -> claims.startReview(submitted.get(2).id(), null));
        reviewer.call(() -> claims.decide(new DecideClaim(submitted.get(2).id(), ReviewDecision.RETURN,
                "Attach the invoices", null)));
        var other = flow.verifiedCompany(CountryCode.US);
        flow.approvedApplication(round, other);

        CompanyDashboard mine = company.user().call(() -> dashboards.company());
        assertThat(mine.companyId()).isEqualTo(company.company().id());
        assertThat(mine.claims()).containsExactly(new StatusCount("RETURNED", 1), new StatusCount("SUBMITTED", 2));
        assertThat(mine.applications()).containsExactly(new StatusCount("APPROVED", 1));
        assertThat(mine.returnedClaims()).isEqualTo(1);
        assertThat(mine.returnedApplications()).isZero();
        assertThat(mine.claimsWithoutEvidence()).as("only the returned claim is editable, and it has no evidence")
                .isEqualTo(1);
        assertThat(company.user().call(() -> claims.list(ClaimQuery.withoutEvidenceOnly(), new PageRequest(0, 20))).items())
                .as("the list the figure links to").extracting(ClaimSummary::id)
                .containsExactly(submitted.get(2).id());
        assertThat(mine.unreadNotices()).isEqualTo(company.user().call(() -> notifications.unreadCount()))
                .isPositive();
        assertThat(mine.rounds()).singleElement().satisfies(r -> {
            assertThat(r.roundId()).isEqualTo(round.id());
            assertThat(r.claimed()).isEqualTo(Money.of("15750.00", CurrencyCode.USD));
            assertThat(r.approved()).isEqualTo(Money.of("0.00", CurrencyCode.USD));
            assertThat(r.paid()).isEqualTo(Money.of("0.00", CurrencyCode.USD));
        });
        assertThat(mine.recoveriesOwed()).isEqualTo(Money.of("0.00", CurrencyCode.USD));

        CompanyDashboard theirs = other.user().call(() -> dashboards.company());
        assertThat(theirs.claims()).as("another company sees none of the first one's claims").isEmpty();
        assertThat(theirs.applications()).containsExactly(new StatusCount("APPROVED", 1));

        OfficerDashboard usAfter = usOfficer.call(() -> dashboards.officer());
        assertThat(usAfter.country()).isEqualTo(CountryCode.US);
        assertThat(count(usAfter.claimQueue(), "SUBMITTED")).isEqualTo(count(usBefore.claimQueue(), "SUBMITTED") + 2);
        assertThat(count(usAfter.claimsByStatus(), "RETURNED"))
                .isEqualTo(count(usBefore.claimsByStatus(), "RETURNED") + 1);
        OfficerDashboard krAfter = krOfficer.call(() -> dashboards.officer());
        assertThat(krAfter.claimQueue()).as("a Korean officer's queue holds Korean claims only")
                .isEqualTo(krBefore.claimQueue());
    }

    @Test
    void aPaidCompanySeesApprovedAllocatedAndPaidForItsRoundAndTheFundGrowsByAsMuch() {
        var officer = actors.newOfficer(CountryCode.US);
        OfficerDashboard before = officer.call(() -> dashboards.officer());

        PaidCompany paid = fixture.paid(CountryCode.US, "2500.00");

        Money amount = Money.of("2500.00", CurrencyCode.USD);
        CompanyDashboard company = paid.user().call(() -> dashboards.company());
        assertThat(company.rounds()).singleElement().satisfies(r -> {
            assertThat(r.roundId()).isEqualTo(paid.roundId());
            assertThat(r.approved()).isEqualTo(amount);
            assertThat(r.allocated()).isEqualTo(amount);
            assertThat(r.paid()).isEqualTo(amount);
        });
        OfficerDashboard after = officer.call(() -> dashboards.officer());
        OfficerDashboard.GovernmentFund us = government(after, CountryCode.US);
        OfficerDashboard.GovernmentFund usBefore = government(before, CountryCode.US);
        assertThat(us.allocated()).isEqualTo(usBefore.allocated().plus(amount));
        assertThat(us.paid()).isEqualTo(usBefore.paid().plus(amount));
        assertThat(us.cashLeft()).isEqualTo(us.received().minus(us.paid()).plus(us.recovered()));
        assertThat(us.received().compareTo(usBefore.received())).as("the fixture's round received money").isPositive();
        assertThat(government(after, CountryCode.KR).paid().currency()).isEqualTo(CurrencyCode.KRW);
        assertThat(after.disbursed()).anySatisfy(m -> assertThat(m.amount().currency()).isEqualTo(CurrencyCode.USD));
    }

    @Test
    void theAuditorSeesABalancedLedgerAndTheAdministratorTheAccountsByRole() {
        fixture.paid(CountryCode.KR, "1000000");

        var auditor = actors.newAuditor().call(() -> dashboards.auditor());
        assertThat(auditor.entries()).isPositive();
        assertThat(auditor.lastSequence()).isNotNull();
        assertThat(auditor.trialBalance()).extracting(b -> b.currency()).contains(CurrencyCode.KRW);
        assertThat(auditor.balanced()).isTrue();
        assertThat(auditor.certificates()).isNotEmpty();

        var admin = actors.newUser("admin", Role.ADMIN, null);
        var figures = admin.call(() -> dashboards.admin());
        assertThat(figures.accountsByRole()).extracting(StatusCount::status).contains("ADMIN", "COMPANY", "AUDITOR");
        assertThat(figures.accounts()).isEqualTo(figures.accountsByRole().stream().mapToLong(StatusCount::count).sum());
        assertThat(figures.materials()).isGreaterThanOrEqualTo(figures.activeMaterials()).isPositive();
        assertThat(figures.costCategories()).isPositive();

        long auditors = figures.accountsByRole().stream().filter(c -> c.status().equals("AUDITOR"))
                .mapToLong(StatusCount::count).sum();
        var listedAuditors = admin.call(() -> users.list(new UserQuery(Role.AUDITOR, null), new PageRequest(0, 100)));
        assertThat(listedAuditors.total()).as("the list the auditors' figure links to").isEqualTo(auditors);
        assertThat(listedAuditors.items()).allSatisfy(u -> assertThat(u.roles()).contains(Role.AUDITOR));
        var disabled = admin.call(() -> users.list(new UserQuery(null, false), new PageRequest(0, 100)));
        assertThat(disabled.total()).isEqualTo(figures.disabledAccounts());
        assertThat(disabled.items()).noneMatch(UserAccountSummary::enabled);
    }

    @Test
    void eachDashboardIsItsRolesOnly() {
        var company = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> company.call(() -> dashboards.officer())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> company.call(() -> dashboards.auditor())).isInstanceOf(EJBAccessException.class);
        var officer = actors.newOfficer(CountryCode.KR);
        assertThatThrownBy(() -> officer.call(() -> dashboards.company())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> officer.call(() -> dashboards.admin())).isInstanceOf(EJBAccessException.class);
        CompanyDashboard unbound = company.call(() -> dashboards.company());
        assertThat(unbound.companyId()).as("an account not yet bound to a company sees no company's figures").isNull();
        assertThat(unbound.claims()).isEmpty();
    }

    private static long count(List<StatusCount> counts, String status) {
        return counts.stream().filter(c -> c.status().equals(status)).mapToLong(StatusCount::count).sum();
    }

    private static OfficerDashboard.GovernmentFund government(OfficerDashboard dashboard, CountryCode country) {
        return dashboard.governments().stream().filter(g -> g.government() == country).findFirst().orElseThrow();
    }
}
