package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.shared.CountryCode;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disbursement in headless Chromium. The test first has the server build, through the real
 * services, a round whose allocation is committed: two U.S. claims allocated USD 600.00 and
 * USD 200.00 and a Korean one KRW 1,000,000; only the first U.S. company has a verified payout
 * account ({@link CommittedRound}, run there by {@link RemoteFixtures#build}), so it depends on no
 * other test.
 * <p>
 * In the browser: U.S. officer A sees the committed and unpaid totals per currency, is told the
 * currency is missing, prepares a USD batch (USD 600.00; the second company is listed as skipped
 * for want of a verified account) and cannot release it (the four-eyes rule is shown instead);
 * U.S. officer B releases it, downloads the pain.001 (XML whose control sum is 600.00), is told a
 * return needs a reason, then records the payment as paid, and sees a status file with two wrong
 * lines refused line by line; the auditor reads the batch without actions and downloads the
 * remittance report; the company sees its payment as paid with the amount and the references, in
 * English and in Korean.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementJourneyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DisbursementJourneyIT.class, CommittedRound.class, FullyPaidRound.class);
    }

    /**
     * A committed allocation of U.S. claims of USD 600.00 and USD 200.00 and a Korean one of
     * KRW 1,000,000, where only the first U.S. company has a verified payout account; the officers,
     * the auditor and the paid company's user.
     */
    public static final class CommittedRound implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            DisbursementFixture.Committed committed = fixture.committed(List.of("600.00", "200.00"), List.of("1000000"));
            assertThat(committed.round().id()).isPositive();
            ClaimDetails paid = committed.us(0);
            ClaimDetails skipped = committed.us(1);
            fixture.verifiedAccount(paid);
            Actors actors = fixture.actors();

            Properties names = new Properties();
            names.setProperty("roundName", committed.round().nameEn());
            names.setProperty("roundNameKo", committed.round().nameKo());
            names.setProperty("paidCompany", paid.companyName());
            names.setProperty("skippedCompany", skipped.companyName());
            names.setProperty("companyUser", fixture.companyUser(paid).username());
            names.setProperty("preparer", actors.newOfficer(CountryCode.US).username());
            names.setProperty("releaser", actors.newOfficer(CountryCode.US).username());
            names.setProperty("auditor", actors.newAuditor().username());
            return names;
        }
    }

    /** A committed allocation of one U.S. claim of USD 300.00 whose share is already in a released batch. */
    public static final class FullyPaidRound implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            PaidCompany paid = fixture.paid(CountryCode.US, "300.00");
            Properties names = new Properties();
            names.setProperty("roundName", paid.claim().roundName());
            names.setProperty("officer", fixture.actors().newOfficer(CountryCode.US).username());
            return names;
        }
    }

    @Test
    @RunAsClient
    void aRoundWithNothingLeftToPaySaysWhyAndLinksToItsAllocation() {
        Properties data = RemoteFixtures.build(FullyPaidRound.class);
        try (Browser browser = new Browser()) {
            browser.signIn(data.getProperty("officer"), Actors.PASSWORD);
            openDisbursementsFromTheRounds(browser, data.getProperty("roundName"));
            assertThat(browser.texts("[id='currencies_data'] .payable-unpaid")).containsExactly("USD 0.00");
            assertThat(browser.byId("nothingToPayReason").getText())
                    .contains("every committed share is already in a batch");
            assertThat(browser.driver().findElements(By.id("prepareForm:prepareBatch"))).isEmpty();
            browser.click("nothingToPayAllocation");
            browser.find("[id='scenariosForm:scenarios']");
            assertThat(browser.texts("[id='scenariosForm:scenarios_data'] .scenario-status")).containsExactly("Committed");
            browser.signOut();
        }
    }

    @Test
    @RunAsClient
    void preparedByOneOfficerReleasedByAnotherPaidAndSeenByTheCompany() throws IOException, ParserConfigurationException, SAXException {
        Properties data = RemoteFixtures.build(CommittedRound.class);
        String roundName = data.getProperty("roundName");
        Path downloads = Files.createTempDirectory("fund-downloads");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn(data.getProperty("preparer"), Actors.PASSWORD);
            openDisbursementsFromTheRounds(browser, roundName);
            assertThat(browser.texts("[id='currencies_data'] .payable-currency")).containsExactly("USD", "KRW");
            assertThat(browser.texts("[id='currencies_data'] .payable-committed"))
                    .containsExactly("USD 800.00", "KRW 1,000,000");
            assertThat(browser.texts("[id='currencies_data'] .payable-unpaid"))
                    .containsExactly("USD 800.00", "KRW 1,000,000");

            browser.choose("prepareForm:currency", "\u2014 choose \u2014");
            browser.click("prepareForm:prepareBatch");
            browser.find("[id='prepareForm:currencyMessage'].ui-message-error");
            browser.choose("prepareForm:currency", "USD");
            browser.click("prepareForm:prepareBatch");
            browser.find("[id='preparedForm:preparedBatch']");
            assertThat(browser.byId("preparedForm:preparedTotal").getText()).isEqualTo("USD 600.00");
            assertThat(browser.texts("[id='preparedForm:skipped_data'] .skipped-company"))
                    .containsExactly(data.getProperty("skippedCompany"));
            assertThat(browser.texts("[id='preparedForm:skipped_data'] .skipped-reason"))
                    .containsExactly("No verified payout account");
            browser.waitForText("[id='currencies_data']", "USD 600.00");
            assertThat(browser.texts("[id='currencies_data'] .payable-unpaid"))
                    .containsExactly("USD 200.00", "KRW 1,000,000");

            browser.click("preparedForm:preparedBatch");
            browser.waitForText("[id='batchForm:status']", "Awaiting release");
            assertThat(browser.byId("batchForm:total").getText()).isEqualTo("USD 600.00");
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-company"))
                    .containsExactly(data.getProperty("paidCompany"));
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-account").get(0)).contains("****");
            assertThat(browser.byId("batchForm:release").getAttribute("disabled")).isNotNull();
            assertThat(browser.byId("batchForm:fourEyes").getText())
                    .contains(data.getProperty("preparer"), "cannot release it");
            assertThat(browser.driver().findElements(By.id("batchForm:pain001"))).isEmpty();
            browser.signOut();

            browser.signIn(data.getProperty("releaser"), Actors.PASSWORD);
            openDisbursementsFromTheRounds(browser, roundName);
            browser.find("[id='batchesForm:batches_data'] a.batch-link").click();
            browser.waitForText("[id='batchForm:status']", "Awaiting release");
            browser.clickAndConfirm("batchForm:release");
            browser.waitForText("[id='batchForm:status']", "Released");
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-status")).containsExactly("Sent to the bank");
            assertThat(browser.texts("[id='batchForm:files_data'] .file-control-sum"))
                    .containsExactly("USD 600.00", "USD 600.00");
            String reference = browser.texts("[id='batchForm:payments_data'] .payment-reference").get(0);
            assertThat(reference).isNotBlank();

            browser.click("batchForm:pain001");
            Path pain001 = browser.awaitDownload(downloads, "", ".pain001.xml");
            Document xml = parse(pain001);
            assertThat(xml.getDocumentElement().getNamespaceURI()).contains("pain.001");
            assertThat(xml.getElementsByTagNameNS("*", "CtrlSum").item(0).getTextContent()).isEqualTo("600.00");
            assertThat(xml.getElementsByTagNameNS("*", "EndToEndId").item(0).getTextContent()).isEqualTo(reference);

            browser.click("batchForm:payments:0:recordStatus");
            browser.byId("statusForm:status");
            browser.choose("statusForm:status", "Returned");
            browser.click("statusForm:record");
            browser.find("[id='statusForm:reasonMessage'].ui-message-error");
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-status")).containsExactly("Sent to the bank");
            browser.choose("statusForm:status", "Paid");
            browser.type("statusForm:bankReference", "FEDWIRE-20261129-0001");
            browser.click("statusForm:record");
            browser.waitForText("[id='batchForm:payments_data'] .payment-status", "Paid");
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-bank-reference").get(0))
                    .contains("FEDWIRE-20261129-0001");
            Path statusFile = downloads.resolveSibling("status-" + System.nanoTime() + ".csv");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            Files.writeString(statusFile, "end_to_end_id,status,date,bank_reference,reason\n"
                    + "FUND-NO-SUCH-PAYMENT,PAID," + today + ",,\n"
                    + reference + ",RETURNED," + today + ",,\n");
            browser.driver().findElement(By.cssSelector("input[type='file'][id^='importForm:file']"))
                    .sendKeys(statusFile.toAbsolutePath().toString());
            browser.click("importForm:import");
            browser.waitForText("[id='messages']", "was not recorded");
            assertThat(browser.texts(".status-file-problem")).hasSize(2)
                    .satisfies(lines -> assertThat(lines.get(0)).startsWith("Line 2:").contains("FUND-NO-SUCH-PAYMENT"))
                    .satisfies(lines -> assertThat(lines.get(1)).startsWith("Line 3:").contains(reference));
            assertThat(browser.texts("[id='batchForm:payments_data'] .payment-status")).containsExactly("Paid");
            browser.click("batchForm:ledgerLink");
            browser.waitForText("#entryReference", "disbursement-batch:");
            browser.signOut();

            browser.signIn(data.getProperty("auditor"), Actors.PASSWORD);
            browser.click("menuForm:disbursements");
            browser.driver().findElement(By.xpath("//tbody[@id='roundChoiceForm:rounds_data']//a[text()='"
                    + roundName + "']")).click();
            browser.find("[id='batchesForm:batches_data'] a.batch-link").click();
            browser.waitForText("[id='batchForm:status']", "Released");
            assertThat(browser.driver().findElements(By.cssSelector("[id='batchForm:release'], [id='batchForm:cancel'], "
                    + "[id='prepareForm:prepareBatch'], .record-status, [id='importForm:import']"))).isEmpty();
            browser.find("[id='batchForm:ledgerLink']");
            browser.click("batchForm:remittance");
            Path csv = browser.awaitDownload(downloads, "", ".remittance.csv");
            assertThat(Files.readString(csv)).contains(reference);
            browser.signOut();

            browser.signIn(data.getProperty("companyUser"), Actors.PASSWORD);
            browser.click("menuForm:payments");
            browser.waitForText("h1", "My payments");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-status")).containsExactly("Paid");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-amount")).containsExactly("USD 600.00");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-reference")).containsExactly(reference);
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-bank-reference"))
                    .containsExactly("FEDWIRE-20261129-0001");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-round")).containsExactly(roundName);
            browser.click("menuForm:langKo");
            browser.waitForText("h1", "지급 내역");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-status")).containsExactly("지급 완료");
            assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-round"))
                    .containsExactly(data.getProperty("roundNameKo"));
            browser.click("menuForm:langEn");
            browser.signOut();
        }
    }

    /** The disbursement pages are protected views, so they are reached through the rounds list's links. */
    private static void openDisbursementsFromTheRounds(Browser browser, String roundName) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data']");
        browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']/tr[.//a[text()='"
                + roundName + "']]//a[contains(@class,'round-disbursements')]")).click();
        browser.find("[id='batchesForm:batches']");
    }

    private static Document parse(Path file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
