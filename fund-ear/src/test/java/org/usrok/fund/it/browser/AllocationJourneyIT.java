package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.AllocationFixture;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation in headless Chromium: an officer runs a proportional and an even scenario of a round
 * whose claims are closed, compares them side by side, proposes the proportional one; a U.S.
 * and a ROK officer (neither the proposer) approve it in the portal, which commits it; the
 * auditor reads the committed scenario (no actions) and downloads its certificate; the company
 * then reads its share, in Korean. The test first has the server build the round and the users
 * through the services ({@link ClosedRound}, run there by {@link RemoteFixtures#build}: the portal
 * cannot close a claim window early), so it depends on no other test.
 * <p>
 * U.S. pool USD 600.00 received for two U.S. claims approved at USD 600.00 and USD 200.00:
 * proportionally they get USD 450.00 and USD 150.00; evenly per company, USD 400.00 and
 * USD 200.00 (the smaller claim is filled, the rest goes to the larger).
 */
@ExtendWith(ArquillianExtension.class)
class AllocationJourneyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AllocationJourneyIT.class, ClosedRound.class);
    }

    /**
     * A round with USD 600.00 and KRW 1,300,000 received, approved U.S. claims of USD 600.00 (the
     * large company) and USD 200.00 (the small one) and a Korean claim of KRW 1,000,000, its claim
     * window closed; and the officers who propose and approve.
     */
    public static final class ClosedRound implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture disbursement) {
            AllocationFixture fixture = disbursement.allocation();
            Actors actors = disbursement.actors();
            RoundDetails round = fixture.openRoundWithReceipts("600.00", "1300000");
            ClaimDetails large = fixture.approvedClaim(round, CountryCode.US, "600.00");
            ClaimDetails small = fixture.approvedClaim(round, CountryCode.US, "200.00");
            fixture.approvedClaim(round, CountryCode.KR, "1000000");
            RoundDetails closed = fixture.closeClaims(round);
            assertThat(closed.status()).isEqualTo(RoundStatus.CLAIMS_CLOSED);

            Properties names = new Properties();
            names.setProperty("roundName", round.nameEn());
            names.setProperty("roundNameKo", round.nameKo());
            names.setProperty("largeCompany", large.companyName());
            names.setProperty("smallCompany", small.companyName());
            names.setProperty("largeCompanyUser", fixture.companyUser(large).username());
            names.setProperty("proposer", actors.newOfficer(CountryCode.US).username());
            names.setProperty("usApprover", actors.newOfficer(CountryCode.US).username());
            names.setProperty("krApprover", actors.newOfficer(CountryCode.KR).username());
            return names;
        }
    }

    @Test
    @RunAsClient
    void officersCompareProposeAndApproveAndTheCompanySeesItsShare() throws IOException {
        Properties data = RemoteFixtures.build(ClosedRound.class);
        String large = data.getProperty("largeCompany");
        String small = data.getProperty("smallCompany");

        Path downloads = Files.createTempDirectory("fund-downloads");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn(data.getProperty("proposer"), Actors.PASSWORD);
            openAllocation(browser, data.getProperty("roundName"));
            assertThat(browser.texts(".pool-received")).containsExactly("USD 600.00", "KRW 1,300,000");

            browser.click("runForm:simulate");
            browser.find("[id='runForm:nameMessage'].ui-message-error");
            browser.type("runForm:name", "Proportional");
            browser.type("runForm:companyCapAmount", "100.00");
            browser.click("runForm:simulate");
            browser.find("[id='runForm:companyCapCurrencyMessage'].ui-message-error");
            assertThat(browser.texts("[id='scenariosForm:scenarios_data'] .scenario-name")).isEmpty();
            browser.byId("runForm:companyCapAmount").clear();
            browser.click("runForm:simulate");
            browser.waitForText("[id='scenariosForm:scenarios_data']", "Proportional");

            browser.type("runForm:name", "Even");
            browser.choose("runForm:method", "Even");
            browser.byId("runForm:evenBasis");
            browser.click("runForm:simulate");
            browser.waitForText("[id='scenariosForm:scenarios_data']", "Even");
            assertThat(browser.texts("[id='scenariosForm:scenarios_data'] .scenario-name"))
                    .containsExactly("Even", "Proportional");
            assertThat(browser.texts("[id='scenariosForm:scenarios_data'] .scenario-id"))
                    .hasSize(2).allMatch(id -> id.matches("#\\d+"));

            for (WebElement box : browser.driver().findElements(
                    By.cssSelector("[id='scenariosForm:scenarios_data'] .ui-selection-column .ui-chkbox-box"))) {
                box.click();
            }
            browser.click("scenariosForm:compare");
            browser.find("[id='scenariosForm:companies']");
            assertThat(browser.texts("[id='scenariosForm:companies'] thead th"))
                    .contains("Even", "Proportional");
            assertThat(shareOf(browser, large, 0)).isEqualTo("USD 400.00");
            assertThat(shareOf(browser, large, 1)).isEqualTo("USD 450.00");
            assertThat(shareOf(browser, small, 0)).isEqualTo("USD 200.00");
            assertThat(shareOf(browser, small, 1)).isEqualTo("USD 150.00");
            browser.find("[id='scenariosForm:usdChart']");
            browser.find("[id='scenariosForm:krwChart']");

            browser.driver().findElement(By.linkText("Proportional")).click();
            browser.waitForText("[id='scenarioForm:status']", "Simulated");
            browser.click("scenarioForm:propose");
            browser.waitForText("[id='scenarioForm:status']", "Proposed");
            assertThat(browser.driver().findElements(By.id("scenarioForm:approve"))).isEmpty();
            assertThat(browser.byId("scenarioForm:cannotApprove").getText()).startsWith("You proposed this scenario");
            browser.find("[id='scenarioForm:backToAllocation'] a").click();
            browser.driver().findElement(By.linkText("Even")).click();
            browser.waitForText("[id='scenarioForm:status']", "Simulated");
            browser.click("scenarioForm:propose");
            browser.waitForText("[id='messages']", "already has a proposed allocation");
            assertThat(browser.byId("messages").getText()).contains("\"Proportional\"");
            assertThat(browser.byId("scenarioForm:status").getText()).isEqualTo("Simulated");
            browser.click("scenarioForm:blockingScenario");
            browser.waitForText("h1", "Proportional");
            browser.waitForText("[id='scenarioForm:status']", "Proposed");
            browser.signOut();

            browser.signIn(data.getProperty("usApprover"), Actors.PASSWORD);
            openAllocation(browser, data.getProperty("roundName"));
            browser.driver().findElement(By.linkText("Proportional")).click();
            browser.waitForText("[id='scenarioForm:status']", "Proposed");
            browser.click("scenarioForm:decline");
            browser.find("[id='scenarioForm:reasonMessage'].ui-message-error");
            assertThat(browser.byId("scenarioForm:status").getText()).isEqualTo("Proposed");
            approve(browser);
            browser.waitForText("[id='scenarioForm:usApproval']", data.getProperty("usApprover"));
            assertThat(browser.byId("scenarioForm:status").getText()).isEqualTo("Proposed");
            assertThat(browser.byId("scenarioForm:cannotApprove").getText())
                    .startsWith("Your government has already approved this scenario");
            browser.signOut();

            browser.signIn(data.getProperty("krApprover"), Actors.PASSWORD);
            openAllocation(browser, data.getProperty("roundName"));
            browser.driver().findElement(By.linkText("Proportional")).click();
            approve(browser);
            browser.waitForText("[id='scenarioForm:status']", "Committed");
            assertThat(browser.byId("scenarioForm:krApproval").getText()).startsWith(data.getProperty("krApprover"));
            browser.signOut();

            browser.signIn("auditor", ApiClient.DEMO_PASSWORD);
            openAllocation(browser, data.getProperty("roundName"));
            assertThat(browser.driver().findElements(By.id("runForm:name"))).isEmpty();
            browser.driver().findElement(By.linkText("Proportional")).click();
            browser.waitForText("[id='scenarioForm:status']", "Committed");
            assertThat(browser.driver().findElements(By.cssSelector("[id='scenarioForm:propose'], "
                    + "[id='scenarioForm:approve'], [id='scenarioForm:decline']"))).isEmpty();
            assertThat(browser.texts("[id='scenarioForm:shares_data'] .share-amount"))
                    .contains("USD 450.00", "USD 150.00", "KRW 1,000,000");
            browser.click("scenarioForm:certificate");
            Path certificate = browser.awaitDownload(downloads, "allocation-certificate-", ".txt");
            assertThat(Files.size(certificate)).isPositive();
            browser.signOut();

            browser.signIn(data.getProperty("largeCompanyUser"), Actors.PASSWORD);
            browser.click("menuForm:langKo");
            browser.click("menuForm:allocations");
            browser.waitForText("h1", "배분 내역");
            assertThat(browser.texts("[id='allocationsForm:allocations_data'] .alloc-share")).containsExactly("USD 450.00");
            assertThat(browser.texts("[id='allocationsForm:allocations_data'] .alloc-round"))
                    .containsExactly(data.getProperty("roundNameKo"));
            assertThat(browser.pageText()).contains("비례", "국가별 재원");
            browser.signOut();
        }
    }

    /**
     * From the menu to the round's allocation page: the allocation pages are protected views, so
     * they are reached through the portal's own links, as a person would.
     */
    private static void openAllocation(Browser browser, String roundName) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data']");
        browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']/tr[.//a[text()='"
                + roundName + "']]//a[contains(@class,'round-allocation')]")).click();
        browser.find("[id='scenariosForm:scenarios']");
    }

    /** The share text in scenario column {@code column} of the comparison row of {@code company}. */
    private static String shareOf(Browser browser, String company, int column) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='scenariosForm:companies_data'] tr"));
        for (WebElement row : rows) {
            if (row.findElement(By.cssSelector(".cmp-company")).getText().equals(company)) {
                return row.findElement(By.cssSelector(".cmp-share-" + column)).getText();
            }
        }
        throw new AssertionError("no comparison row for " + company);
    }

    private static void approve(Browser browser) {
        browser.waitForText("[id='scenarioForm:status']", "Proposed");
        browser.clickAndConfirm("scenarioForm:approve");
    }
}
