package org.usrok.fund.it.allocation;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.allocation.AllocationParametersInvalidException;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.ScenarioComparison;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.AllocationFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Officers simulate scenarios of a round whose claims are closed and compare them side by side. */
@ExtendWith(ArquillianExtension.class)
class AllocationScenarioIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AllocationScenarioIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    CompanyService companies;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    ContributionService contributions;

    @Inject
    AllocationService allocations;

    @Inject
    UserAccountService users;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;
    private AllocationFixture fixture;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        var flow = new Workflow(actors, rounds, companies, applications, claims);
        fixture = new AllocationFixture(actors, flow, rounds, claims, contributions, dataSource);
    }

    private static RunScenario perCountry(RoundDetails round, AllocationMethod method) {
        return new RunScenario(round.id(), method + " per country", method, EvenBasis.COMPANY, PoolMode.PER_COUNTRY,
                null, null, null, null, null, null, null);
    }

    @Test
    void proportionalSharesOfAnOversubscribedPoolAddUpToThePoolExactly() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "1000000");
        ClaimDetails a = fixture.approvedClaim(round, CountryCode.US, "1000.00");
        ClaimDetails b = fixture.approvedClaim(round, CountryCode.US, "2000.00");
        ClaimDetails k = fixture.approvedClaim(round, CountryCode.KR, "3000000");
        fixture.closeClaims(round);

        var officer = actors.newOfficer(CountryCode.US);
        ScenarioDetails scenario = officer.call(() -> allocations.simulate(perCountry(round, AllocationMethod.PROPORTIONAL)));

        assertThat(scenario.status()).isEqualTo(ScenarioStatus.SIMULATED);
        assertThat(scenario.claimCount()).isEqualTo(3);
        assertThat(scenario.usPool()).isEqualTo(Money.of("1000.00", CurrencyCode.USD));
        assertThat(scenario.distributed()).containsExactly(Money.of("1000.00", CurrencyCode.USD),
                Money.of("1000000", CurrencyCode.KRW));
        List<ShareLine> shares = officer.call(() -> allocations.shares(scenario.id(), PageRequest.of(0, 50))).items();
        assertThat(shares).extracting(ShareLine::claimId).containsExactly(a.id(), b.id(), k.id());
        // 1000.00 shared 1:2 -> 333.33 + 666.67 (largest remainder gives the odd cent to the larger remainder)
        assertThat(shares).extracting(ShareLine::share).containsExactly(Money.of("333.33", CurrencyCode.USD),
                Money.of("666.67", CurrencyCode.USD), Money.of("1000000", CurrencyCode.KRW));
        assertThat(scenario.pools()).allSatisfy(p -> assertThat(p.distributed().plus(p.leftover())).isEqualTo(p.pool()));

        String certificate = officer.call(() -> allocations.certificate(scenario.id()));
        assertThat(CertificateVerifier.verify(certificate).ok()).isTrue();
    }

    @Test
    void anUndersubscribedPoolPaysEveryApprovedAmountAndReportsTheLeftover() {
        RoundDetails round = fixture.openRoundWithReceipts("10000.00", "0");
        fixture.approvedClaim(round, CountryCode.US, "1500.00");
        fixture.approvedClaim(round, CountryCode.US, "2500.00");
        fixture.closeClaims(round);

        ScenarioDetails scenario = actors.newOfficer(CountryCode.KR)
                .call(() -> allocations.simulate(perCountry(round, AllocationMethod.EVEN)));

        assertThat(scenario.distributed()).containsExactly(Money.of("4000.00", CurrencyCode.USD));
        assertThat(scenario.pools()).filteredOn(p -> p.name().equals("US")).singleElement()
                .satisfies(p -> assertThat(p.leftover()).isEqualTo(Money.of("6000.00", CurrencyCode.USD)));
    }

    @Test
    void twoScenariosAreComparedPerCompanyAndPerCountry() {
        RoundDetails round = fixture.openRoundWithReceipts("3000.00", "0");
        ClaimDetails small = fixture.approvedClaim(round, CountryCode.US, "1000.00");
        ClaimDetails large = fixture.approvedClaim(round, CountryCode.US, "5000.00");
        fixture.closeClaims(round);
        var officer = actors.newOfficer(CountryCode.US);
        ScenarioDetails even = officer.call(() -> allocations.simulate(perCountry(round, AllocationMethod.EVEN)));
        ScenarioDetails proportional = officer.call(() ->
                allocations.simulate(perCountry(round, AllocationMethod.PROPORTIONAL)));

        ScenarioComparison comparison = actors.newAuditor().call(() ->
                allocations.compare(List.of(even.id(), proportional.id())));

        assertThat(comparison.scenarios()).extracting(s -> s.id()).containsExactly(even.id(), proportional.id());
        var smallRow = comparison.companies().stream().filter(r -> r.companyId() == small.companyId()).findFirst()
                .orElseThrow();
        var largeRow = comparison.companies().stream().filter(r -> r.companyId() == large.companyId()).findFirst()
                .orElseThrow();
        // even: 1000.00 (capped at approved) + 2000.00; proportional: 500.00 + 2500.00
        assertThat(smallRow.shares()).containsExactly(Money.of("1000.00", CurrencyCode.USD),
                Money.of("500.00", CurrencyCode.USD));
        assertThat(smallRow.differences()).containsExactly(Money.of("0.00", CurrencyCode.USD),
                Money.of("-500.00", CurrencyCode.USD));
        assertThat(largeRow.shares()).containsExactly(Money.of("2000.00", CurrencyCode.USD),
                Money.of("2500.00", CurrencyCode.USD));
        assertThat(comparison.countries()).singleElement().satisfies(c -> assertThat(c.shares())
                .containsExactly(Money.of("3000.00", CurrencyCode.USD), Money.of("3000.00", CurrencyCode.USD)));
        assertThat(actors.newOfficer(CountryCode.KR).call(() -> allocations.list(round.id())))
                .extracting(s -> s.id()).containsExactly(proportional.id(), even.id());
    }

    @Test
    void aRoundStillTakingClaimsCannotBeAllocated() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "0");
        fixture.approvedClaim(round, CountryCode.US, "100.00");

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US)
                .call(() -> allocations.simulate(perCountry(round, AllocationMethod.EVEN))))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void companiesAndAuditorsCannotSimulate() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "0");
        fixture.closeClaims(round);

        assertThatThrownBy(() -> actors.newCompanyUser(CountryCode.US)
                .call(() -> allocations.simulate(perCountry(round, AllocationMethod.EVEN))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actors.newAuditor()
                .call(() -> allocations.simulate(perCountry(round, AllocationMethod.EVEN))))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aPooledScenarioWithoutARateIsRefusedWithAClearReason() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "1000000");
        fixture.approvedClaim(round, CountryCode.US, "100.00");
        fixture.closeClaims(round);
        var officer = actors.newOfficer(CountryCode.US);

        assertThatThrownBy(() -> officer.call(() -> allocations.simulate(new RunScenario(round.id(), "pooled",
                AllocationMethod.PROPORTIONAL, null, PoolMode.POOLED, CurrencyCode.USD, null, null, null, null, null,
                null)))).isInstanceOf(AllocationParametersInvalidException.class);
        assertThatThrownBy(() -> officer.call(() -> allocations.simulate(new RunScenario(round.id(), "cap",
                AllocationMethod.EVEN, null, PoolMode.PER_COUNTRY, null, null, null, null, new BigDecimal("120"), null,
                null)))).isInstanceOf(AllocationParametersInvalidException.class);
    }
}
