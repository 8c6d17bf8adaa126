package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor finds a refused attempt in the portal: a fresh U.S. officer records a receipt and
 * then one above what is still outstanding (refused over the API); the auditor filters the audit
 * trail on that officer and "Refused", sees the one refused record set apart with its rule, opens
 * it to read why it was refused, and filters on "Done" to see the receipt instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalAuditJourneyIT {

    private static final String ROWS = "[id='auditForm:records_data']";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static Map<String, Object> receipt(String amount, String bankReference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("government", "US");
        body.put("amount", amount);
        body.put("receivedOn", "2026-11-25");
        body.put("bankReference", bankReference);
        return body;
    }

    @Test
    void theAuditorFiltersTheTrailOnRefusedAttemptsAndReadsTheRule() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("US");
        String path = "rounds/" + round.id() + "/contributions/receipts";
        FundScenario.expect(officer.post(path, receipt("1000.00", "FED-J1")), 201);
        Reply over = officer.post(path, receipt("49999001.00", "FED-J2"));
        assertThat(over.status()).as(over.body()).isEqualTo(422);

        try (Browser browser = new Browser()) {
            browser.signIn("auditor", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:audit");
            browser.type("auditFilter:actor", officer.username());
            browser.choose("auditFilter:outcome", "Refused");
            browser.clickAndAwaitUpdate("auditFilter:search", ROWS);

            assertThat(browser.texts(ROWS + " > tr")).hasSize(1);
            assertThat(browser.find(ROWS + " > tr").getAttribute("class")).contains("audit-refused-row");
            assertThat(browser.find(ROWS + " .audit-outcome").getText()).isEqualTo("Refused");
            assertThat(browser.find(ROWS + " .audit-action").getText()).isEqualTo("CONTRIBUTION_RECEIVED");
            assertThat(browser.find(ROWS + " .audit-refusal-rule").getText().strip()).isEqualTo("contribution-exceeds-pledge");
            browser.find(ROWS + " tr:first-child .ui-row-toggler").click();
            browser.waitForText(".audit-refusal-message", "exceed the pledge");
            assertThat(browser.find(".audit-refusal-message").getText()).contains("USD 49999000.00");

            browser.choose("auditFilter:outcome", "Done");
            browser.clickAndAwaitUpdate("auditFilter:search", ROWS);
            assertThat(browser.texts(ROWS + " .audit-action")).contains("CONTRIBUTION_RECEIVED");
            assertThat(browser.texts(ROWS + " .audit-outcome")).as("changes carry no refusal tag").isEmpty();
            assertThat(browser.find(ROWS + " > tr").getAttribute("class")).doesNotContain("audit-refused-row");
        }
    }
}
