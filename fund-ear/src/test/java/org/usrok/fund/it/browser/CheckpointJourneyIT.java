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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's checkpoint journey in headless Chromium: the Checkpoints tab of the ledger shows the
 * fund's key id and PEM, "Record checkpoint now" signs the current head, the officer countersigns
 * it for their government, and the button is then gone from that row; "File" downloads the
 * checkpoint as the offline verifier's checkpoint file (its signed text, key id and signature);
 * "Verify chain" on the journal reports the chain checked against the checkpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckpointJourneyIT {

    private static final String FIRST_ROW = "[id='checkpointsForm:checkpoints_data'] tr:first-child";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void anOfficerRecordsACheckpointAndCountersignsItForTheirGovernment() throws IOException {
        Path downloads = Files.createTempDirectory("fund-downloads");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn("kr.officer1", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:ledger");
            browser.click("navCheckpoints");

            assertThat(browser.byId("keyId").getText()).matches("[0-9a-f]{64}");
            assertThat(browser.byId("publicKeyPem").getText()).startsWith("-----BEGIN PUBLIC KEY-----");

            browser.clickAndAwaitUpdate("checkpointsForm:record", "[id='checkpointsForm:checkpoints_data']");
            browser.waitForText("[id='checkpointsForm:messages']", "recorded at entry");
            browser.waitForText(FIRST_ROW + " .checkpoint-reason", "On request");
            assertThat(browser.find(FIRST_ROW + " .checkpoint-head").getText()).matches("[0-9a-f]{12}");

            browser.clickAndAwaitUpdate("checkpointsForm:checkpoints:0:countersign",
                    "[id='checkpointsForm:checkpoints_data']");
            browser.waitForText("[id='checkpointsForm:messages']", "countersigned");
            browser.waitForText(FIRST_ROW + " .checkpoint-countersignature", "ROK: kr.officer1");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(
                    FIRST_ROW + " .checkpoint-countersign"))).isEmpty();

            String head = browser.find(FIRST_ROW + " .checkpoint-head").getAttribute("title");
            browser.click("checkpointsForm:checkpoints:0:file");
            Path file = browser.awaitDownload(downloads, "fund-ledger-checkpoint-", ".txt");
            assertThat(Files.readString(file, StandardCharsets.US_ASCII))
                    .startsWith("fund-ledger-checkpoint v1\nsequence=")
                    .contains("\nhead=" + head + "\n", "\nreason=MANUAL\n",
                            "\nkeyId=" + browser.byId("keyId").getText() + "\n")
                    .containsPattern("\nsignature=[A-Za-z0-9+/]{86}==\n$");

            browser.click("navJournal");
            browser.click("chainForm:verify");
            browser.waitForText("[id='chainForm:verifyOk']", "Chain OK");
            browser.waitForText("[id='chainForm:verifyOk']", "signed checkpoints");
        }
    }
}
