package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.shared.CountryCode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery pages: an officer opens a recovery from a company paid USD 3,000.00 (an amount
 * above that is refused beside the field), a second officer approves it and records a partial
 * receipt (too much is refused beside the amount), and the company sees what is outstanding. The
 * test first has the server pay the company ({@link PaidUsCompany}, run there by
 * {@link RemoteFixtures#build}), so it depends on no other test.
 */
@ExtendWith(ArquillianExtension.class)
class RecoveryJourneyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RecoveryJourneyIT.class, PaidUsCompany.class);
    }

    /** A U.S. company paid USD 3,000.00, and two more U.S. officers. */
    public static final class PaidUsCompany implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            PaidCompany paid = fixture.paid(CountryCode.US, "3000.00");
            Properties names = new Properties();
            names.setProperty("company", paid.claim().companyName());
            names.setProperty("companyUser", paid.user().username());
            names.setProperty("opener", fixture.actors().newOfficer(CountryCode.US).username());
            names.setProperty("approver", fixture.actors().newOfficer(CountryCode.US).username());
            return names;
        }
    }

    @Test
    @RunAsClient
    void openedByOneOfficerApprovedAndPartlyRecoveredByAnotherAndSeenByTheCompany() {
        Properties data = RemoteFixtures.build(PaidUsCompany.class);
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
            browser.clickAndConfirm("recoveryForm:approve");
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
