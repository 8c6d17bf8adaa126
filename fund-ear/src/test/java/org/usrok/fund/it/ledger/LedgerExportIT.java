package org.usrok.fund.it.ledger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.exchange.RecordExchangeRate;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.AllocationFixture;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.bundle.BundleExchangeRate;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.ledger.bundle.LedgerBundle;
import org.usrok.fund.ledger.bundle.LedgerBundleReader;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditors' export over HTTP: entries posted and rates recorded in the server appear in the
 * downloaded bundle, which the offline verifier's checks accept, down to the rate a committed
 * pooled allocation's certificate cites; a company user is refused. The test runs inside the
 * server (to act as officers) and downloads through the real HTTP API with the demo auditor's
 * credentials. The bundles are kept under {@code fund-ear/target/ledger-export/} so a person can
 * also run the verifier jar ({@code java -jar fund-ledger-verifier-<version>.jar}) on them by hand.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerExportIT {

    private static final String ZIP = "application/zip";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(LedgerExportIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    @Inject
    ExchangeRateService rates;

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

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;
    private AllocationFixture fixture;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        fixture = new AllocationFixture(actors, new Workflow(actors, rounds, companies, applications, claims), rounds,
                claims, contributions, dataSource);
    }

    /** A USD/KRW rate of 1385.20 agreed for a day no other test uses (one rate per pair, day and source). */
    private ExchangeRateSummary recordedRate() {
        LocalDate day = LocalDate.of(1000, 1, 1).plusDays(new SecureRandom().nextInt(300_000));
        return actors.newOfficer(CountryCode.KR).call(() -> rates.record(new RecordExchangeRate(CurrencyCode.USD,
                CurrencyCode.KRW, new BigDecimal("1385.20"), day, RateSource.BILATERAL_AGREEMENT,
                "Joint committee, \"IT\" " + TestData.suffix())));
    }

    /** Downloads the export as the demo auditor, keeps it under target/ledger-export and returns its path. */
    private static Path download() throws IOException {
        Download export = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).download("ledger/export", ZIP);

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith(ZIP);
        String disposition = export.header("Content-Disposition");
        assertThat(disposition).matches("attachment; filename=\"fund-ledger-[0-9]{8}T[0-9]{6}Z\\.zip\"");
        Path saved = Files.createDirectories(targetDir().resolve("ledger-export"))
                .resolve(disposition.substring(disposition.indexOf('"') + 1, disposition.lastIndexOf('"')));
        return Files.write(saved, export.body());
    }

    private static LedgerBundle read(Path saved) throws IOException {
        try (InputStream in = Files.newInputStream(saved)) {
            return LedgerBundleReader.read(in);
        }
    }

    /** The build's target folder: the test server is provisioned in {@code target/server}. */
    private static Path targetDir() {
        String home = System.getProperty("jboss.home.dir");
        return home == null ? Path.of("target") : Path.of(home).toAbsolutePath().getParent();
    }

    @Test
    void auditorsDownloadABundleThatVerifiesAndHoldsTheNewEntriesAndRates() throws IOException {
        var officer = actors.newOfficer(CountryCode.US);
        List<JournalEntryRecord> posted = new ArrayList<>();
        for (String amount : List.of("10.00", "20.50", "0.01")) {
            posted.add(officer.call(() -> ledger.post(TestData.usdReceipt("it-export-" + TestData.suffix(), amount))));
        }
        ExchangeRateSummary rate = recordedRate();

        Path saved = download();
        BundleVerifier.Report report = BundleVerifier.verify(saved);

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.entries()).isGreaterThanOrEqualTo(posted.get(2).sequence());
        LedgerBundle bundle = read(saved);
        try (ZipFile zip = new ZipFile(saved.toFile())) {
            assertThat(zip.getEntry("exchange-rates.csv")).isNotNull();
        }
        assertThat(bundle.exchangeRates()).contains(new BundleExchangeRate(rate.id(), CurrencyCode.USD,
                CurrencyCode.KRW, new BigDecimal("1385.2"), rate.effectiveOn(), RateSource.BILATERAL_AGREEMENT,
                rate.sourceReference(), rate.enteredBy(), rate.enteredAt()));
        assertThat(bundle.generatedBy()).isEqualTo("auditor");
        assertThat(bundle.entries()).extracting(JournalEntryRecord::hash)
                .containsAll(posted.stream().map(JournalEntryRecord::hash).toList());
        assertThat(bundle.accounts()).extracting(a -> a.code()).contains("1100-USD", "1200-USD", "1110-KRW", "1200-KRW");
        assertThat(bundle.balances()).filteredOn(b -> b.account().equals("1200-USD")).singleElement()
                .satisfies(b -> assertThat(b.debitTotal().minorUnits()).isGreaterThanOrEqualTo(1000 + 2050 + 1));
    }

    @Test
    void aCommittedPooledAllocationsRateIsInTheBundleUnderTheNameItsCertificateCites() throws IOException {
        ExchangeRateSummary rate = recordedRate();
        RoundDetails round = fixture.openRoundWithReceipts("1000.00", "1385200");
        fixture.approvedClaim(round, CountryCode.US, "300.00");
        fixture.approvedClaim(round, CountryCode.KR, "2770400");
        fixture.closeClaims(round);
        ScenarioDetails scenario = actors.newOfficer(CountryCode.US).call(() -> allocations.simulate(new RunScenario(
                round.id(), "Pooled at the agreed rate", AllocationMethod.PROPORTIONAL, null, PoolMode.POOLED,
                CurrencyCode.USD, rate.id(), null, null, null, null, null)));
        actors.newOfficer(CountryCode.KR).call(() -> allocations.propose(scenario.id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(scenario.id(), null));
        ScenarioDetails committed = actors.newOfficer(CountryCode.KR)
                .call(() -> allocations.approve(scenario.id(), null));
        assertThat(committed.status()).isEqualTo(ScenarioStatus.COMMITTED);

        Path saved = download();
        BundleVerifier.Report report = BundleVerifier.verify(saved);

        assertThat(report.ok()).as(report.toString()).isTrue();
        LedgerBundle bundle = read(saved);
        String certificate = bundle.certificates().stream().filter(c -> c.roundId() == round.id()).findFirst()
                .orElseThrow().text();
        BundleExchangeRate row = bundle.exchangeRates().stream().filter(r -> r.id() == rate.id()).findFirst()
                .orElseThrow();
        assertThat(certificate).contains("\nrate=USD/KRW|1385.2|" + row.citedName() + "\n");
        assertThat(row.citedName()).isEqualTo(committed.rateName()).isEqualTo("exchange-rate:" + rate.id()
                + " USD/KRW 1385.2 BILATERAL_AGREEMENT " + rate.effectiveOn());
    }

    @Test
    void companyUsersMayNotExportTheLedger() {
        Download refused = ApiClient.as("us.company", ApiClient.DEMO_PASSWORD)
                .download("ledger/export", ZIP + ", application/problem+json");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.text()).contains("urn:fund:problem:forbidden");
    }
}
