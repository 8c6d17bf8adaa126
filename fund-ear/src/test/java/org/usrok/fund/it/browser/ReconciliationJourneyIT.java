package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor's reconciliation in headless Chromium: the ledger's Reconcile tab runs the
 * reconciliation on request and shows one row per kind of money record with its counts, and
 * whether the records and the journal agree (the demo's records, made through the services, do
 * unless another test changed the database behind the application's back).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationJourneyIT {

    private static final String KINDS = "[id='reconcileForm:kinds_data'] tr";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void anAuditorReconcilesTheMoneyRecordsWithTheJournal() {
        try (Browser browser = new Browser()) {
            browser.signIn("auditor", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:ledger");
            browser.click("navReconcile");

            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("reconcileForm:kinds")))
                    .as("nothing is run before the button is pressed").isEmpty();
            browser.click("reconcileForm:reconcile");
            browser.waitForText(KINDS + ":first-child", "Contribution receipt");

            assertThat(browser.texts(KINDS + " td:first-child")).containsExactly("Contribution receipt",
                    "Allocation commitment", "Payment", "Payment return", "Recovery (receivable)", "Recovery receipt");
            assertThat(browser.texts(KINDS + " td:nth-child(2)")).allMatch(count -> count.matches("[0-9]+"));
            assertThat(browser.pageText()).containsAnyOf("Every money record matches its journal entry",
                    "differences between the money records and the journal");
        }
    }
}
