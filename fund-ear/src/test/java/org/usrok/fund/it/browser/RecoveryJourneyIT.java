package org.usrok.fund.it.browser;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery pages: an officer opens a recovery from a company paid USD 3,000.00 (an amount
 * above that is refused beside the field), a second officer approves it and records a partial
 * receipt (too much is refused beside the amount), and the company sees what is outstanding. The
 * first method pays the company in the server and hands the names to the browser method in a
 * file beside the provisioned server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryJourneyIT {

    private static final String HANDOFF = "recovery-journey.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RecoveryJourneyIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Test
    @Order(1)
    void aUsCompanyIsPaid() throws IOException {
        PaidCompany paid = fixture.paid(CountryCode.US, "3000.00");
        Properties handoff = new Properties();
        handoff.setProperty("company", paid.claim().companyName());
        handoff.setProperty("companyUser", paid.user().username());
        handoff.setProperty("opener", fixture.actors().newOfficer(CountryCode.US).username());
        handoff.setProperty("approver", fixture.actors().newOfficer(CountryCode.US).username());
        try (Writer out = Files.newBufferedWriter(handoffFile(Path.of(System.getProperty("jboss.home.dir"))))) {
            handoff.store(out, "RecoveryJourneyIT");
        }
    }

    private static Path handoffFile(Path server) {
        return server.toAbsolutePath().getParent().resolve(HANDOFF);
    }

    @Test
    @Order(2)
    @RunAsClient
    void openedByOneOfficerApprovedAndPartlyRecoveredByAnotherAndSeenByTheCompany() throws IOException {
        Properties data = new Properties();
        try (Reader in = Files.newBufferedReader(handoffFile(Path.of(System.getProperty("jboss.home", "target/server"))))) {
            data.load(in);
        }
        String company = data.getProperty("company");
        try (Browser browser = new Browser()) {
            browser.signIn(data.getProperty("opener"), Actors.PASSWORD);
            browser.click("menuForm:recoveries");
            browser.choose("openForm:companyId", company);
            browser.waitForText("[id='openForm:recoverable']", "USD 3,000.00");
            browser.type("openForm:amount", "3000.01");
            browser.type("openForm:reason", "Paid twice for the same qualification audit");
            browser.click("openForm:openRecovery");
            browser.find("[id='openForm:amountMessage'].ui-message-error");
            browser.type("openForm:amount", "1000.00");
            browser.click("openForm:openRecovery");
            browser.waitForText("[id='recoveryForm:status']", "Opened, awaiting approval");
            assertThat(browser.byId("recoveryForm:recoveryAmount").getText()).isEqualTo("USD 1,000.00");
            assertThat(browser.driver().findElements(By.id("recoveryForm:approve"))).as("not the opener's").isEmpty();
            browser.byId("recoveryForm:withdraw");
            browser.signOut();

            browser.signIn(data.getProperty("approver"), Actors.PASSWORD);
            browser.click("menuForm:recoveries");
            browser.find("[id='recoveriesForm:recoveries_data'] .recovery-company");
            browser.driver().findElement(By.xpath("//tbody[@id='recoveriesForm:recoveries_data']/tr[.//span[text()="
                    + "'" + company.replace("'", "") + "']][1]//a[contains(@class,'recovery-id')]")).click();
            browser.waitForText("[id='recoveryForm:status']", "Opened, awaiting approval");
            browser.click("recoveryForm:approve");
            browser.click("confirmForm:confirmYes");
            browser.waitForText("[id='recoveryForm:status']", "Approved");
            assertThat(browser.byId("recoveryForm:outstanding").getText()).isEqualTo("USD 1,000.00");
            browser.byId("recoveryForm:receivableLink");

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            browser.type("recoveryForm:amount", "1000.01");
            browser.type("recoveryForm:receivedOn_input", today);
            browser.type("recoveryForm:bankReference", "FED-IN-1");
            browser.click("recoveryForm:recordReceipt");
            browser.find("[id='recoveryForm:amountMessage'].ui-message-error");
            assertThat(browser.byId("recoveryForm:receivedOn_input").getAttribute("value")).isEqualTo(today);
            browser.type("recoveryForm:amount", "400.00");
            browser.click("recoveryForm:recordReceipt");
            browser.waitForText("[id='recoveryForm:status']", "Partially recovered");
            assertThat(browser.byId("recoveryForm:outstanding").getText()).isEqualTo("USD 600.00");
            assertThat(browser.texts("[id='recoveryForm:receipts_data'] .receipt-amount")).containsExactly("USD 400.00");
            browser.signOut();

            browser.signIn(data.getProperty("companyUser"), Actors.PASSWORD);
            browser.click("menuForm:recoveries");
            browser.waitForText("[id='recoveriesForm:recoveries_data'] .recovery-status", "Partially recovered");
            assertThat(browser.texts("[id='recoveriesForm:recoveries_data'] .recovery-outstanding"))
                    .containsExactly("USD 600.00");
        }
    }
}
