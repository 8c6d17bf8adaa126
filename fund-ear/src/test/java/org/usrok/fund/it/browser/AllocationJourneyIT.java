package org.usrok.fund.it.browser;

import jakarta.annotation.Resource;
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
import org.openqa.selenium.WebElement;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.AllocationFixture;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
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
 * then reads its share, in Korean. The first test runs inside the server and builds the round
 * and the users through the services (the portal cannot close a claim window early); it hands
 * the round's names, the usernames and the company names to the second, a client, in a file
 * beside the provisioned server (target/), as the two run in different JVMs.
 * <p>
 * U.S. pool USD 600.00 received for two U.S. claims approved at USD 600.00 and USD 200.00:
 * proportionally they get USD 450.00 and USD 150.00; evenly per company, USD 400.00 and
 * USD 200.00 (the smaller claim is filled, the rest goes to the larger).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllocationJourneyIT {

    private static final String HANDOFF = "allocation-journey.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AllocationJourneyIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    CompanyService companies;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    ContributionService contributions;

    @Inject
    UserAccountService users;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    @Test
    @Order(1)
    void aRoundWithApprovedClaimsAndClosedClaimsWindow() throws IOException {
        Actors actors = new Actors(users);
        var fixture = new AllocationFixture(actors, new Workflow(actors, rounds, companies, applications, claims),
                rounds, claims, contributions, dataSource);
        RoundDetails round = fixture.openRoundWithReceipts("600.00", "1300000");
        ClaimDetails large = fixture.approvedClaim(round, CountryCode.US, "600.00");
        ClaimDetails small = fixture.approvedClaim(round, CountryCode.US, "200.00");
        fixture.approvedClaim(round, CountryCode.KR, "1000000");
        RoundDetails closed = fixture.closeClaims(round);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLAIMS_CLOSED);

        Properties handoff = new Properties();
        handoff.setProperty("roundName", round.nameEn());
        handoff.setProperty("roundNameKo", round.nameKo());
        handoff.setProperty("largeCompany", large.companyName());
        handoff.setProperty("smallCompany", small.companyName());
        handoff.setProperty("largeCompanyUser", fixture.companyUser(large).username());
        handoff.setProperty("proposer", actors.newOfficer(CountryCode.US).username());
        handoff.setProperty("usApprover", actors.newOfficer(CountryCode.US).username());
        handoff.setProperty("krApprover", actors.newOfficer(CountryCode.KR).username());
        try (Writer out = Files.newBufferedWriter(handoffFile(Path.of(System.getProperty("jboss.home.dir"))))) {
            handoff.store(out, "AllocationJourneyIT");
        }
    }

    /** The provisioned server lives in fund-ear/target/server; the file goes beside it. */
    private static Path handoffFile(Path server) {
        return server.toAbsolutePath().getParent().resolve(HANDOFF);
    }

    @Test
    @Order(2)
    @RunAsClient
    void officersCompareProposeAndApproveAndTheCompanySeesItsShare() throws IOException {
        Properties data = new Properties();
        try (Reader in = Files.newBufferedReader(handoffFile(Path.of(System.getProperty("jboss.home", "target/server"))))) {
            data.load(in);
        }
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
            browser.find("[id='scenarioForm:backToAllocation'] a").click();
            browser.driver().findElement(By.linkText("Even")).click();
            browser.waitForText("[id='scenarioForm:status']", "Simulated");
            browser.click("scenarioForm:propose");
            browser.waitForText("[id='messages']", "already has a proposed allocation");
            assertThat(browser.byId("scenarioForm:status").getText()).isEqualTo("Simulated");
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
        browser.click("scenarioForm:approve");
        browser.click("confirmForm:confirmYes");
    }
}
