package org.usrok.fund.it.ledger;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.ledger.bundle.LedgerBundle;
import org.usrok.fund.ledger.bundle.LedgerBundleReader;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditors' export over HTTP: entries posted in the server appear in the downloaded bundle,
 * which the offline verifier's checks accept; a company user is refused. The test runs inside
 * the server (to post as an officer) and downloads through the real HTTP API with the demo
 * auditor's credentials. The bundle is kept under {@code fund-ear/target/ledger-export/} so a
 * person can also run {@code VerifyLedgerBundle} on it by hand.
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

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    /** The build's target folder: the test server is provisioned in {@code target/server}. */
    private static Path targetDir() {
        String home = System.getProperty("jboss.home.dir");
        return home == null ? Path.of("target") : Path.of(home).toAbsolutePath().getParent();
    }

    @Test
    void auditorsDownloadABundleThatVerifiesAndHoldsTheNewEntries() throws IOException {
        var officer = actors.newOfficer(CountryCode.US);
        List<JournalEntryRecord> posted = new ArrayList<>();
        for (String amount : List.of("10.00", "20.50", "0.01")) {
            posted.add(officer.call(() -> ledger.post(TestData.usdReceipt("it-export-" + TestData.suffix(), amount))));
        }

        Download export = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).download("ledger/export", ZIP);

        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith(ZIP);
        String disposition = export.header("Content-Disposition");
        assertThat(disposition).matches("attachment; filename=\"fund-ledger-[0-9]{8}T[0-9]{6}Z\\.zip\"");
        Path saved = Files.createDirectories(targetDir().resolve("ledger-export"))
                .resolve(disposition.substring(disposition.indexOf('"') + 1, disposition.lastIndexOf('"')));
        Files.write(saved, export.body());

        BundleVerifier.Report report = BundleVerifier.verify(saved);

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.entries()).isGreaterThanOrEqualTo(posted.get(2).sequence());
        LedgerBundle bundle;
        try (InputStream in = Files.newInputStream(saved)) {
            bundle = LedgerBundleReader.read(in);
        }
        assertThat(bundle.generatedBy()).isEqualTo("auditor");
        assertThat(bundle.entries()).extracting(JournalEntryRecord::hash)
                .containsAll(posted.stream().map(JournalEntryRecord::hash).toList());
        assertThat(bundle.accounts()).extracting(a -> a.code()).contains("1100-USD", "1200-USD", "1110-KRW", "1200-KRW");
        assertThat(bundle.balances()).filteredOn(b -> b.account().equals("1200-USD")).singleElement()
                .satisfies(b -> assertThat(b.debitTotal().minorUnits()).isGreaterThanOrEqualTo(1000 + 2050 + 1));
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
