package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.Company;
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's journey in headless Chromium, every step in the portal: a company applies to an open
 * round with a PDF uploaded, an officer of its country reviews and approves the application, the
 * company files a claim with a price-differential line (computed live by rule) and a supplier
 * qualification line and submits it, a reviewer reduces one line with a reason, a second officer
 * approves, and the company, in Korean, finds the notification in its inbox and the approved total
 * on the claim, with the officers shown by role, not by name. The round, the company and the
 * three officers are created fresh through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimJourneyIT {

    private static final String PASSWORD = "http-test-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void aCompanyAppliesFilesAClaimAndSeesItApprovedByTwoOfficersInKorean() throws IOException {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        ApiClient applicationOfficer = FundScenario.officer("US");
        ApiClient reviewer = FundScenario.officer("US");
        ApiClient approver = FundScenario.officer("US");
        Path plan = Files.createTempFile("supply-plan", ".pdf");
        Files.write(plan, FundScenario.pdf());

        try (Browser browser = new Browser()) {
            browser.signIn(company.user().username(), PASSWORD);
            long applicationId = apply(browser, round, plan);
            browser.signOut();

            browser.signIn(applicationOfficer.username(), PASSWORD);
            approveApplication(browser, applicationId);
            browser.signOut();

            browser.signIn(company.user().username(), PASSWORD);
            long claimId = fileAndSubmitClaim(browser, applicationId);
            browser.signOut();

            browser.signIn(reviewer.username(), PASSWORD);
            reviewReducingOneLine(browser, claimId);
            browser.signOut();

            browser.signIn(approver.username(), PASSWORD);
            openFromTheClaimQueue(browser, claimId);
            browser.waitForText("[id='status']", "Reviewed, awaiting approval");
            assertThat(browser.clickAndDecline("reviewForm:approve")).startsWith("Approve this claim?");
            assertThat(browser.byId("status").getText()).isEqualTo("Reviewed, awaiting approval");
            browser.clickAndConfirm("reviewForm:approve");
            browser.waitForText("[id='status']", "Approved");
            assertThat(browser.byId("approver").getText()).contains(approver.username());
            browser.signOut();

            browser.signIn(company.user().username(), PASSWORD);
            seeTheResultInKorean(browser, claimId, reviewer, approver);
            browser.signOut();
        }
    }

    private static long apply(Browser browser, OpenRound round, Path plan) {
        browser.click("menuForm:applications");
        browser.follow("[id='applicationsForm:openRounds_data'] .apply-button a", "/company/application.xhtml", "round=" + round.id());
        browser.type("applicationForm:summary", "Qualify an Australian refiner and move 60% of the volume to it.");
        browser.type("applicationForm:startsOn_input", "2027-01-01");
        browser.type("applicationForm:endsOn_input", "2027-12-31");
        browser.click("applicationForm:materials");
        browser.find("[id='applicationForm:materials_panel'] li[data-item-value='" + round.material() + "']").click();
        browser.find("[id='applicationForm:materials_panel'] .ui-selectcheckboxmenu-close").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("applicationForm:materials_panel")));
        browser.type("applicationForm:currentSources:0:country", "CN");
        browser.type("applicationForm:currentSources:0:supplier", "Single-source Refinery Ltd.");
        browser.type("applicationForm:currentSources:0:sharePercent", "100");
        browser.type("applicationForm:targetSources:0:country", "AU");
        browser.type("applicationForm:targetSources:0:supplier", "Kwinana Graphite Pty Ltd");
        browser.type("applicationForm:targetSources:0:sharePercent", "100");
        browser.click("applicationForm:save");
        long applicationId = Long.parseLong(browser.byId("applicationNumber").getText().strip());
        browser.waitForText("[id='status']", "Draft");

        browser.driver().findElement(By.id("uploadForm:file_input")).sendKeys(plan.toAbsolutePath().toString());
        browser.waitForText("[id='uploadForm:attachments_data']", plan.getFileName().toString());
        assertThat(browser.find("[id='uploadForm:attachments_data'] .fund-hash").getText()).matches("[0-9a-f]{64}");

        browser.click("eligibilityForm:submit");
        browser.waitForText("[id='status']", "Submitted");
        return applicationId;
    }

    private static void approveApplication(Browser browser, long applicationId) {
        browser.click("menuForm:applications");
        assertThat(browser.byId("queueForm:applications:countryFilter_label").getText()).isEqualTo("United States");
        browser.follow("[id='queueForm:applications_data'] a.application-link", "/officer/application.xhtml", "id=" + applicationId);
        browser.waitForText("[id='status']", "Submitted");
        browser.click("reviewForm:startReview");
        browser.waitForText("[id='status']", "Under review");
        assertThat(browser.clickAndDecline("reviewForm:approve")).startsWith("Approve this application?");
        assertThat(browser.byId("status").getText()).isEqualTo("Under review");
        browser.clickAndConfirm("reviewForm:approve");
        browser.waitForText("[id='status']", "Approved");
    }

    private static long fileAndSubmitClaim(Browser browser, long applicationId) {
        browser.click("menuForm:claims");
        browser.follow("[id='claimsForm:approved_data'] .file-claim-button a", "/company/claim.xhtml", "application=" + applicationId);
        browser.type("claimForm:title", "Q1 2027 diversification costs");

        browser.choose("claimForm:lines:0:category", "Price differential");
        browser.type("claimForm:lines:0:description", "Graphite bought from the Australian refiner");
        browser.type("claimForm:lines:0:periodStartsOn_input", "2027-01-01");
        browser.type("claimForm:lines:0:periodEndsOn_input", "2027-03-31");
        browser.type("claimForm:lines:0:oldUnitPrice", "100.00");
        browser.type("claimForm:lines:0:newUnitPrice", "130.00");
        browser.type("claimForm:lines:0:quantity", "1000");
        browser.byId("claimForm:lines:0:quantity").sendKeys(Keys.TAB);
        browser.waitForText("[id='claimForm:lines:0:lineAmount']", "15,000.00");

        browser.clickAndAwaitPresence("claimForm:addLine", "claimForm:lines:1:category_panel");
        browser.choose("claimForm:lines:1:category", "Supplier qualification and audits");
        browser.type("claimForm:lines:1:description", "Two qualification audits of the new refiner");
        browser.type("claimForm:lines:1:periodStartsOn_input", "2027-01-01");
        browser.type("claimForm:lines:1:periodEndsOn_input", "2027-03-31");
        browser.type("claimForm:lines:1:amount", "25000.00");
        browser.byId("claimForm:lines:1:amount").sendKeys(Keys.TAB);
        browser.waitForText("[id='claimForm:total']", "40,000.00");

        browser.click("claimForm:save");
        long claimId = Long.parseLong(browser.byId("claimNumber").getText().strip());
        browser.clickAndConfirm("claimForm:submit");
        browser.waitForText("[id='status']", "Submitted");
        return claimId;
    }

    private static void reviewReducingOneLine(Browser browser, long claimId) {
        openFromTheClaimQueue(browser, claimId);
        browser.waitForText("[id='status']", "Submitted");
        browser.click("reviewForm:startReview");
        browser.waitForText("[id='status']", "In review");

        browser.type("reviewForm:lines:1:approvedAmount", "20000.00");
        browser.byId("reviewForm:lines:1:approvedAmount").sendKeys(Keys.TAB);
        browser.waitForText("[id='reviewForm:approvedTotal']", "35,000.00");
        browser.clickAndConfirm("reviewForm:completeReview");
        // the field's message is re-rendered by the update: an element found just before it is stale
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(By.id("reviewForm:lines:1:reasonMessage")).getText().isBlank());
        assertThat(browser.byId("status").getText()).isEqualTo("In review");

        browser.type("reviewForm:lines:1:reason", "Only one of the two audits is documented by an invoice.");
        browser.clickAndConfirm("reviewForm:completeReview");
        browser.waitForText("[id='status']", "Reviewed, awaiting approval");
    }

    /**
     * Officer pages are protected views: a typed or bookmarked {@code officer/claim.xhtml?id=}
     * lacks the token and lands on the home page, so an officer opens a claim from the queue.
     */
    private static void openFromTheClaimQueue(Browser browser, long claimId) {
        browser.click("menuForm:claims");
        assertThat(browser.byId("queueForm:claims:countryFilter_label").getText()).isEqualTo("United States");
        browser.follow("[id='queueForm:claims_data'] a.claim-link", "/officer/claim.xhtml", "id=" + claimId);
    }

    private static void seeTheResultInKorean(Browser browser, long claimId, ApiClient reviewer, ApiClient approver) {
        browser.click("menuForm:langKo");
        browser.waitForText("[id='menuForm:inbox']", "알림함");
        browser.click("menuForm:inbox");
        browser.waitForText("[id='inboxForm:notifications_data']", "승인되었습니다: USD 35,000.00");
        browser.follow("[id='inboxForm:notifications_data'] a", "/company/claim.xhtml", "id=" + claimId);

        browser.waitForText("[id='status']", "승인됨");
        assertThat(browser.byId("approvedTotal").getText()).isEqualTo("USD 35,000.00");
        assertThat(browser.byId("approver").getText()).startsWith("미국 담당 공무원");
        assertThat(browser.texts("[id='claimLines_data'] .unit-price-old")).containsExactly("USD 100.00");
        assertThat(browser.texts("[id='claimLines_data'] .unit-price-new")).containsExactly("USD 130.00");
        assertThat(browser.find("[id='claimLines:1:reductionReason']").getText())
                .isEqualTo("Only one of the two audits is documented by an invoice.");
        assertThat(browser.pageText()).doesNotContain(reviewer.username()).doesNotContain(approver.username());
        browser.click("menuForm:claims");
        browser.waitForText("[id='claimsForm:claims_data']", "\uc774\ucc28\uc804\uc9c0");
        assertThat(browser.texts("[id='claimsForm:claims_data'] .claim-round"))
                .singleElement().asString().startsWith("\uc774\ucc28\uc804\uc9c0 \uc18c\uc7ac");
        browser.click("menuForm:langEn");
        browser.waitForText("[id='menuForm:inbox']", "Inbox");
    }
}
