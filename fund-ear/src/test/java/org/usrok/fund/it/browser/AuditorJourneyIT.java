package org.usrok.fund.it.browser;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccountService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's journey in headless Chromium: the journal filtered by reference, an entry and
 * the entry it reverses, "Verify chain" answering OK, the offline verifier's version and SHA-256
 * shown as the API gives them (the jar itself is downloaded through the API in VerifierJarIT:
 * Chromium's download protection holds back .jar files), the export bundle downloaded in the
 * signed-in session (verified offline, and found in the audit trail with its head hash), and the
 * audit trail filtered by actor with a
 * record's before and after side by side, each action by its label with the code beside it. The first test runs inside the server and posts, as
 * the demo officer {@code us.officer1}, an entry and its reversal for the auditor to find (the
 * portal has no posting page); the second, the journey itself, runs as a client.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditorJourneyIT {

    /** The reference both entries carry; the journal filter finds them by it. */
    static final String REFERENCE = "auditor journey";
    static final String OFFICER = "us.officer1";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AuditorJourneyIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    @Test
    @Order(1)
    void anOfficerPostsAnEntryAndItsReversal() {
        var officer = new Actors(users).identity(OFFICER, Role.OFFICER_US);
        PostEntry receipt = TestData.usdReceipt("it-journey-" + TestData.suffix(), "1234.56");
        PostEntry original = new PostEntry(receipt.eventId(), LocalDate.of(2026, 11, 28), REFERENCE,
                "Posted twice by mistake", null, receipt.lines());

        JournalEntryRecord posted = officer.call(() -> ledger.post(original));
        JournalEntryRecord reversal = officer.call(() -> ledger.post(new PostEntry(original.eventId() + "-reversal",
                LocalDate.of(2026, 11, 29), REFERENCE, "Reverses the double posting", posted.sequence(),
                original.lines().stream().map(JournalLine::reversed).toList())));

        assertThat(reversal.reverses()).isEqualTo(posted.sequence());
        assertThat(officer.call(() -> ledger.entryDetails(posted.sequence())).reversedBy())
                .contains(reversal.sequence());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAuditorReadsTheJournalVerifiesTheChainDownloadsTheBundleAndSearchesTheTrail() throws IOException {
        Path downloads = Files.createTempDirectory("fund-downloads");

        try (Browser browser = new Browser(downloads)) {
            browser.signIn("auditor", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:ledger");
            browser.find("[id='journalForm:journal_data']");

            browser.type("journalFilter:reference", REFERENCE);
            browser.clickAndAwaitUpdate("journalFilter:search", "[id='journalForm:journal_data']");
            browser.waitForText("[id='journalForm:journal_data'] tr:first-child .entry-reference", REFERENCE);
            browser.find("[id='journalForm:journal_data'] tr:first-child .entry-link").click();

            browser.waitForText("[id='entryDescription']", "Reverses the double posting");
            assertThat(browser.byId("entryHash").getText()).matches("[0-9a-f]{64}");
            assertThat(browser.byId("entryPreviousHash").getText()).matches("[0-9a-f]{64}");
            assertThat(browser.find(".line-debit").getText()).isEqualTo("USD 1,234.56");
            assertThat(browser.find(".line-credit").getText()).isEqualTo("USD 1,234.56");
            browser.find("[id='entryReverses'] a").click();
            browser.waitForText("[id='entryDescription']", "Posted twice by mistake");
            assertThat(browser.find("[id='entryReversedBy'] a").getText()).startsWith("Entry ");
            browser.click("backToJournal");

            browser.click("chainForm:verify");
            browser.waitForText("[id='chainForm:verifyOk']", "Chain OK");
            assertThat(browser.find("[id='chainForm:verifyOk'] .fund-hash").getText()).matches("[0-9a-f]{64}");

            JsonObject verifier = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/verifier").json();
            assertThat(browser.byId("chainForm:verifierVersion").getText()).isEqualTo(verifier.getString("version"));
            assertThat(browser.find("[id='verifierSha256']").getText()).isEqualTo(verifier.getString("sha256"));
            assertThat(browser.byId("chainForm:verifier").getText()).contains("java -jar "
                    + verifier.getString("fileName") + " bundle.zip");

            browser.click("chainForm:download");
            Path bundle = browser.awaitDownload(downloads, "fund-ledger-", ".zip");
            assertThat(bundle.getFileName().toString()).matches("fund-ledger-[0-9]{8}T[0-9]{6}Z\\.zip");
            BundleVerifier.Report report = BundleVerifier.verify(bundle);
            assertThat(report.ok()).as(report.toString()).isTrue();

            browser.click("menuForm:audit");
            browser.type("auditFilter:actor", "auditor");
            browser.clickAndAwaitUpdate("auditFilter:search", "[id='auditForm:records_data']");
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-action").getText())
                    .isEqualTo("LEDGER_EXPORTED");
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-action-label").getText())
                    .isEqualTo("Ledger exported");
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-action-label")
                    .getAttribute("title")).isEqualTo("LEDGER_EXPORTED");
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child").getText().replaceAll("\\s", ""))
                    .contains("LedgerExport" + report.headHash());
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-entity-label").getText())
                    .isEqualTo("Ledger export");
            browser.click("menuForm:langKo");
            browser.waitForText("[id='menuForm:audit']", "\uac10\uc0ac \ucd94\uc801");
            browser.click("menuForm:audit");
            browser.type("auditFilter:actor", "auditor");
            browser.clickAndAwaitUpdate("auditFilter:search", "[id='auditForm:records_data']");
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-entity-label").getText())
                    .isEqualTo("\uc6d0\uc7a5 \ub0b4\ubcf4\ub0b4\uae30");
            browser.click("menuForm:langEn");
            browser.waitForText("[id='menuForm:audit']", "Audit");

            browser.click("menuForm:audit");
            browser.type("auditFilter:actor", OFFICER);
            browser.clickAndAwaitUpdate("auditFilter:search", "[id='auditForm:records_data']");
            assertThat(browser.texts("[id='auditForm:records_data'] .audit-actor")).isNotEmpty().containsOnly(OFFICER);
            assertThat(browser.find("[id='auditForm:records_data'] tr:first-child .audit-action").getText())
                    .isEqualTo("JOURNAL_ENTRY_POSTED");
            browser.find("[id='auditForm:records_data'] tr:first-child .ui-row-toggler").click();
            browser.waitForText(".audit-after", REFERENCE);
            assertThat(browser.find(".audit-before").getText()).contains("(none)");
            browser.signOut();
        }
    }
}
