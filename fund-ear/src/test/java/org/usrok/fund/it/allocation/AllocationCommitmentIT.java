package org.usrok.fund.it.allocation;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.allocation.AllocationCommitmentException;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.CompanyAllocation;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.core.AllocationMethod;
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
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.JournalQuery;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.ledger.bundle.LedgerBundleReader;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.RuleKind;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A proposed scenario is committed only by one U.S. and one ROK officer other than the proposer;
 * commitment locks the round, posts balanced obligations and shows companies their shares.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationCommitmentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AllocationCommitmentIT.class);
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
    LedgerService ledger;

    @Inject
    UserAccountService users;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
    DataSource owner;

    private Actors actors;
    private AllocationFixture fixture;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        var flow = new Workflow(actors, rounds, companies, applications, claims);
        fixture = new AllocationFixture(actors, flow, rounds, claims, contributions, dataSource);
    }

    private record Simulated(RoundDetails round, ClaimDetails usClaim, ClaimDetails krClaim,
                             ScenarioDetails scenario) {
    }

    /** A closed round with one U.S. and one Korean approved claim and a proportional per-country scenario. */
    private Simulated simulated() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "2000000");
        ClaimDetails us = fixture.approvedClaim(round, CountryCode.US, "3000.00");
        ClaimDetails kr = fixture.approvedClaim(round, CountryCode.KR, "1500000");
        fixture.closeClaims(round);
        ScenarioDetails scenario = actors.newOfficer(CountryCode.US).call(() -> allocations.simulate(new RunScenario(
                round.id(), "Proportional per country", AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY,
                PoolMode.PER_COUNTRY, null, null, null, null, null, null, null)));
        return new Simulated(round, us, kr, scenario);
    }

    @Test
    void oneOfficerOfEachGovernmentOtherThanTheProposerCommitsTheAllocation() throws IOException {
        Simulated s = simulated();
        var proposer = actors.newOfficer(CountryCode.US);
        ScenarioDetails proposed = proposer.call(() -> allocations.propose(s.scenario().id(), null));
        assertThat(proposed.status()).isEqualTo(ScenarioStatus.PROPOSED);

        assertThatThrownBy(() -> proposer.call(() -> allocations.approve(s.scenario().id(), null)))
                .isInstanceOfSatisfying(AllocationCommitmentException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN));
        ScenarioDetails usApproved = actors.newOfficer(CountryCode.US)
                .call(() -> allocations.approve(s.scenario().id(), null));
        assertThat(usApproved.status()).isEqualTo(ScenarioStatus.PROPOSED);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> allocations.approve(s.scenario().id(), null)))
                .as("two officers of the same government are not enough")
                .isInstanceOfSatisfying(AllocationCommitmentException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.CONFLICT));

        ScenarioDetails committed = actors.newOfficer(CountryCode.KR)
                .call(() -> allocations.approve(s.scenario().id(), null));

        assertThat(committed.status()).isEqualTo(ScenarioStatus.COMMITTED);
        assertThat(committed.ledgerSequence()).isNotNull();
        var auditor = actors.newAuditor();
        assertThat(auditor.call(() -> rounds.get(s.round().id())).status()).isEqualTo(RoundStatus.ALLOCATED);
        JournalEntryRecord entry = auditor.call(() -> ledger.entry(committed.ledgerSequence()));
        assertThat(entry.eventId()).isEqualTo("round-" + s.round().id() + "-allocation");
        assertThat(entry.lines()).containsExactlyInAnyOrder(
                JournalLine.debit("5100-USD", Money.of("1000.00", CurrencyCode.USD)),
                JournalLine.credit("2100-USD", Money.of("1000.00", CurrencyCode.USD)),
                JournalLine.debit("5100-KRW", Money.of("1500000", CurrencyCode.KRW)),
                JournalLine.credit("2100-KRW", Money.of("1500000", CurrencyCode.KRW)));
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).isTrue();

        var zip = new ByteArrayOutputStream();
        auditor.call(() -> ledger.exportBundle(zip));
        BundleVerifier.Report report = BundleVerifier.verify(new ByteArrayInputStream(zip.toByteArray()));
        assertThat(report.findings()).isEmpty();
        String certificate = LedgerBundleReader.read(new ByteArrayInputStream(zip.toByteArray())).certificates()
                .stream().filter(c -> c.roundId() == s.round().id()).findFirst().orElseThrow().text();
        assertThat(certificate).isEqualTo(auditor.call(() -> allocations.certificate(s.scenario().id())));
    }

    @Test
    void theCompanySeesItsCommittedShareAndHowItWasComputed() {
        Simulated s = simulated();
        actors.newOfficer(CountryCode.KR).call(() -> allocations.propose(s.scenario().id(), null));
        assertThat(companyUserOf(s.usClaim()).call(() -> allocations.myAllocations()))
                .as("nothing is shown before commitment").isEmpty();
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(s.scenario().id(), null));
        actors.newOfficer(CountryCode.KR).call(() -> allocations.approve(s.scenario().id(), null));

        List<CompanyAllocation> mine = companyUserOf(s.usClaim()).call(() -> allocations.myAllocations());

        assertThat(mine).singleElement().satisfies(a -> {
            assertThat(a.claimId()).isEqualTo(s.usClaim().id());
            assertThat(a.method()).isEqualTo(AllocationMethod.PROPORTIONAL);
            assertThat(a.approved()).isEqualTo(Money.of("3000.00", CurrencyCode.USD));
            assertThat(a.share()).isEqualTo(Money.of("1000.00", CurrencyCode.USD));
            assertThat(a.paid()).isEqualTo(Money.of("0.00", CurrencyCode.USD));
        });
    }

    @Test
    void aClaimApprovedAfterTheSimulationIsNeverSilentlyAdded() {
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "0");
        fixture.approvedClaim(round, CountryCode.US, "400.00");
        ClaimDetails late = fixture.reviewedClaim(round, CountryCode.US, "800.00");
        fixture.closeClaims(round);
        var officer = actors.newOfficer(CountryCode.US);
        ScenarioDetails scenario = officer.call(() -> allocations.simulate(new RunScenario(round.id(), "Even",
                AllocationMethod.EVEN, null, PoolMode.PER_COUNTRY, null, null, null, null, null, null, null)));
        fixture.approve(late);

        assertThat(officer.call(() -> allocations.get(scenario.id())).claimsNotIncluded()).containsExactly(late.id());
        assertThatThrownBy(() -> officer.call(() -> allocations.propose(scenario.id(), null)))
                .isInstanceOf(AllocationCommitmentException.class)
                .hasMessageContaining("error.allocation.inputsChanged");
    }

    @Test
    void theApplicationCannotChangeAScenariosSharesOrCertificateAfterTheVerification() throws SQLException {
        Simulated s = simulated();
        try (Connection runtime = dataSource.getConnection(); Statement sql = runtime.createStatement()) {
            for (String tamper : List.of(
                    "update allocation_share set share_minor = share_minor - 1 where scenario_id = " + s.scenario().id(),
                    "delete from allocation_share where scenario_id = " + s.scenario().id(),
                    "update allocation_pool_outcome set scenario_id = scenario_id where scenario_id = " + s.scenario().id(),
                    "update allocation_certificate set digest = digest where scenario_id = " + s.scenario().id(),
                    "delete from allocation_certificate where scenario_id = " + s.scenario().id())) {
                assertThatThrownBy(() -> sql.execute(tamper)).as(tamper).isInstanceOf(SQLException.class);
            }
        }
        assertThat(actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null)).status())
                .isEqualTo(ScenarioStatus.PROPOSED);
    }

    @Test
    void aCertificateChangedSinceItWasVerifiedIsNeitherProposedNorCommitted() throws SQLException {
        Simulated s = simulated();
        String certificate = actors.newAuditor().call(() -> allocations.certificate(s.scenario().id()));
        String usShare = certificate.lines().filter(l -> l.startsWith("share=" + s.usClaim().id() + "|"))
                .findFirst().orElseThrow();
        String changed = certificate.replace(usShare, usShare.replace("USD 1000.00", "USD 1000.01"));
        assertThat(changed).isNotEqualTo(certificate);
        asOwner("update allocation_certificate set content = ? where scenario_id = ?",
                changed.getBytes(StandardCharsets.UTF_8), s.scenario().id());

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null)))
                .isInstanceOf(AllocationCommitmentException.class)
                .hasMessageContaining("error.allocation.certificateInvalid")
                .hasMessageContaining("SHA-256");

        asOwner("update allocation_certificate set content = ? where scenario_id = ?",
                certificate.getBytes(StandardCharsets.UTF_8), s.scenario().id());
        actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(s.scenario().id(), null));
        asOwner("update allocation_certificate set content = ? where scenario_id = ?",
                changed.getBytes(StandardCharsets.UTF_8), s.scenario().id());
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> allocations.approve(s.scenario().id(), null)))
                .hasMessageContaining("error.allocation.certificateInvalid");
        assertThat(actors.newAuditor().call(() -> rounds.get(s.round().id())).status())
                .isEqualTo(RoundStatus.CLAIMS_CLOSED);
    }

    @Test
    void sharesThatNoLongerPayWhatTheCertificateStatesAreNeverCommitted() throws SQLException {
        Simulated s = simulated();
        actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(s.scenario().id(), null));
        asOwner("update allocation_share set share_minor = share_minor - 1 where scenario_id = ? and claim_id = ?",
                s.scenario().id(), s.usClaim().id());

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> allocations.approve(s.scenario().id(), null)))
                .isInstanceOf(AllocationCommitmentException.class)
                .hasMessageContaining("error.allocation.certificateInvalid")
                .hasMessageContaining("the stored shares pay");
        assertThat(actors.newAuditor().call(() -> rounds.get(s.round().id())).status())
                .isEqualTo(RoundStatus.CLAIMS_CLOSED);
    }

    @Test
    void aScenarioWhoseCertificateWasWrittenUnderWithdrawnRulesMustBeSimulatedAgain()
            throws SQLException, NoSuchAlgorithmException {
        Simulated s = simulated();
        String v1 = actors.newAuditor().call(() -> allocations.certificate(s.scenario().id()))
                .replace("fund-allocation-certificate-v2", "fund-allocation-certificate-v1");
        byte[] content = v1.getBytes(StandardCharsets.UTF_8);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        asOwner("update allocation_certificate set content = ?, digest = ? where scenario_id = ?", content, digest,
                s.scenario().id());
        asOwner("update allocation_scenario set certificate_digest = ? where id = ?", digest, s.scenario().id());

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null)))
                .isInstanceOf(AllocationCommitmentException.class)
                .hasMessageContaining("error.allocation.certificateInvalid")
                .hasMessageContaining("withdrawn v1 rules");
    }

    /** What only the schema owner (or an administrator) could do: the runtime user may not change these rows. */
    private void asOwner(String update, Object... parameters) throws SQLException {
        try (Connection connection = owner.getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(update).isEqualTo(1);
        }
    }

    @Test
    void oneProposalAtATimeAndNothingAfterCommitment() {
        Simulated s = simulated();
        var officer = actors.newOfficer(CountryCode.KR);
        ScenarioDetails other = officer.call(() -> allocations.simulate(new RunScenario(s.round().id(), "Even",
                AllocationMethod.EVEN, null, PoolMode.PER_COUNTRY, null, null, null, null, null, null, null)));
        officer.call(() -> allocations.propose(s.scenario().id(), null));
        assertThatThrownBy(() -> officer.call(() -> allocations.propose(other.id(), null)))
                .hasMessageContaining("error.allocation.anotherProposed");

        actors.newOfficer(CountryCode.US).call(() -> allocations.decline(s.scenario().id(), null, "Prefer even shares"));
        officer.call(() -> allocations.propose(other.id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(other.id(), null));
        actors.newOfficer(CountryCode.KR).call(() -> allocations.approve(other.id(), null));

        assertThatThrownBy(() -> officer.call(() -> allocations.propose(s.scenario().id(), null)))
                .hasMessageContaining("error.allocation.alreadyCommitted");
    }

    @Test
    void concurrentFinalApprovalsCommitExactlyOnce() throws InterruptedException, ExecutionException, TimeoutException {
        Simulated s = simulated();
        actors.newOfficer(CountryCode.US).call(() -> allocations.propose(s.scenario().id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(s.scenario().id(), null));
        List<Actors.Actor> koreans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            koreans.add(actors.newOfficer(CountryCode.KR));
        }

        ExecutorService pool = Executors.newFixedThreadPool(koreans.size());
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Actors.Actor officer : koreans) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        officer.call(() -> allocations.approve(s.scenario().id(), null));
                        return "won";
                    } catch (ConcurrentChangeException e) {
                        return "conflict";
                    } catch (BusinessRuleException e) {
                        return e.kind() == RuleKind.CONFLICT || e.kind() == RuleKind.UNPROCESSABLE
                                ? "conflict" : "other rule: " + e.ruleName();
                    }
                }));
            }
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).containsOnly("won", "conflict");
        var auditor = actors.newAuditor();
        assertThat(auditor.call(() -> ledger.journal(new JournalQuery(null, null, null, null, null,
                "round:" + s.round().id(), null), PageRequest.of(0, 50))).items())
                .filteredOn(e -> e.eventId().equals("round-" + s.round().id() + "-allocation")).hasSize(1);
        assertThat(auditor.call(() -> allocations.get(s.scenario().id())).status()).isEqualTo(ScenarioStatus.COMMITTED);
    }

    private Actors.Actor companyUserOf(ClaimDetails claim) {
        return fixture.companyUser(claim);
    }
}
