package org.usrok.fund.it.browser;

import jakarta.enterprise.inject.spi.CDI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home dashboard in headless Chromium, per role: a company with two submitted claims and one
 * returned sees 2 and 1 and follows the "returned" figure to its claims list filtered to that
 * status, and the "without evidence" figure to the one claim it counts; a U.S. officer follows its
 * queue's "submitted" figure to the claim queue filtered to submitted claims of its country; the
 * auditor sees the trial balance balanced and opens the journal; the administrator sees accounts by
 * role and follows one role to the accounts of that role. The company's dashboard fits a phone's
 * width (390 px). With {@code -Dfund.screenshots.dir=DIR} the phone-width dashboard is saved as
 * {@code DIR/dashboard-company-phone.png} (the other roles' screenshots come from
 * {@link RoundLifecycleJourneyIT}, whose data is a whole round).
 */
@ExtendWith(ArquillianExtension.class)
class DashboardJourneyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DashboardJourneyIT.class, CompanyWithClaims.class);
    }

    /** A U.S. company with two submitted claims and a returned one, a U.S. officer, an auditor and an administrator. */
    public static final class CompanyWithClaims implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            Actors actors = fixture.actors();
            ClaimService claims = CDI.current().select(ClaimService.class).get();
            Workflow flow = new Workflow(actors, CDI.current().select(RoundService.class).get(),
                    CDI.current().select(CompanyService.class).get(),
                    CDI.current().select(ApplicationService.class).get(), claims);
            var company = flow.verifiedCompany(CountryCode.US);
            ApplicationDetails application = flow.approvedApplication(flow.openRound(), company);
            String prefix = "Dashboard " + TestData.suffix();
            ClaimDetails last = null;
            for (int i = 1; i <= 3; i++) {
                ClaimDetails draft = company.user().call(() -> claims.file(
                        new FileClaim(application.id(), prefix, Workflow.twoUsdLines())));
                last = company.user().call(() -> claims.submit(draft.id(), null));
            }
            long returned = last.id();
            var reviewer = actors.newOfficer(CountryCode.US);
            reviewer.call(() -> claims.startReview(returned, null));
            reviewer.call(() -> claims.decide(new DecideClaim(returned, ReviewDecision.RETURN, "Attach the invoices",
                    null)));
            Properties names = new Properties();
            names.setProperty("company", company.user().username());
            names.setProperty("title", prefix);
            names.setProperty("officer", actors.newOfficer(CountryCode.US).username());
            names.setProperty("auditor", actors.newAuditor().username());
            names.setProperty("admin", actors.newUser("admin", Role.ADMIN, null).username());
            return names;
        }
    }

    @Test
    @RunAsClient
    void eachRoleSeesItsDashboardAndAFigureLeadsToTheFilteredList() {
        Properties data = RemoteFixtures.build(CompanyWithClaims.class);
        try (Browser browser = new Browser()) {
            browser.signIn(data.getProperty("company"), Actors.PASSWORD);
            browser.find("#companyDashboard");
            assertThat(browser.find("a.dash-claims-SUBMITTED .dash-count").getText()).isEqualTo("2");
            assertThat(browser.find("a.dash-claims-RETURNED .dash-count").getText()).isEqualTo("1");
            assertThat(browser.find("a[id$='returnedClaims'] .dash-count").getText()).isEqualTo("1");
            assertThat(browser.find("a[id$='claimsWithoutEvidence'] .dash-count").getText()).isEqualTo("1");
            assertThat(browser.find("a.dash-round-claimed .dash-count").getText()).isEqualTo("USD 15,750.00");
            browser.find("#companyClaimsChart canvas");
            fitsAPhone(browser, "companyDashboard");
            browser.find("a[id$='returnedClaims']").click();
            browser.waitForText("[id='claimsForm:statusNotice']", "Returned for correction");
            assertThat(browser.texts("[id='claimsForm:claims_data'] .claim-status"))
                    .containsExactly("Returned for correction");
            browser.click("claimsForm:showAll");
            browser.waitForText("[id='claimsForm:claims_data']", "Submitted");
            assertThat(browser.texts("[id='claimsForm:claims_data'] .claim-status")).hasSize(3);
            browser.open("index.xhtml");
            browser.find("a[id$='claimsWithoutEvidence']").click();
            browser.waitForText("[id='claimsForm:evidenceNotice']", "without evidence");
            assertThat(browser.texts("[id='claimsForm:claims_data'] .claim-status"))
                    .containsExactly("Returned for correction");
            browser.signOut();

            browser.signIn(data.getProperty("officer"), Actors.PASSWORD);
            browser.find("#officerDashboard");
            assertThat(Long.parseLong(browser.find("a.dash-queue-claims-SUBMITTED .dash-count").getText()))
                    .isGreaterThanOrEqualTo(2);
            browser.find("#fundUsChart canvas");
            assertThat(browser.find(".dash-fund-US .dash-fund-pledged .dash-count").getText()).startsWith("USD ");
            assertThat(browser.find(".dash-fund-KR .dash-fund-pledged .dash-count").getText()).startsWith("KRW ");
            browser.find("a.dash-queue-claims-SUBMITTED").click();
            browser.waitForText("[id='queueForm:claims:statusFilter_label']", "Submitted");
            assertThat(browser.byId("queueForm:claims:countryFilter_label").getText()).isEqualTo("United States");
            assertThat(browser.texts("[id='queueForm:claims_data'] .claim-status")).isNotEmpty()
                    .allMatch("Submitted"::equals);
            assertThat(browser.texts("[id='queueForm:claims_data'] .claim-title"))
                    .filteredOn(data.getProperty("title")::equals).hasSize(2);
            browser.signOut();

            browser.signIn(data.getProperty("auditor"), Actors.PASSWORD);
            browser.find("#auditorDashboard");
            assertThat(browser.find("a[id$='trialBalance']").getText()).isEqualTo("Balanced");
            assertThat(Long.parseLong(browser.find("a[id$='entries'] .dash-count").getText())).isPositive();
            browser.find("a[id$='entries']").click();
            browser.find("[id='journalForm']");
            assertThat(browser.driver().getCurrentUrl()).contains("/auditor/journal.xhtml");
            browser.signOut();

            browser.signIn(data.getProperty("admin"), Actors.PASSWORD);
            browser.find("#adminDashboard");
            assertThat(Long.parseLong(browser.find("a.dash-role-COMPANY .dash-count").getText())).isPositive();
            assertThat(Long.parseLong(browser.find("a[id$='costCategories'] .dash-count").getText())).isPositive();
            browser.find("a.dash-role-COMPANY").click();
            browser.waitForText("[id='usersForm:filterNotice']", "Company");
            assertThat(browser.texts("[id='usersForm:users_data'] tr")).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).contains("Company"));
            browser.open("index.xhtml");
            browser.find("a[id$='materials']").click();
            browser.find("[id='materialsForm']");
            assertThat(browser.driver().getCurrentUrl()).contains("/admin/reference.xhtml");
        }
    }

    /**
     * At a phone's width (390 px) the dashboard is no wider than the window: nothing to scroll
     * sideways. Charts re-fit themselves a frame or two after the window shrinks, so the check is
     * retried for a few seconds; when it still fails it names the widest element that sticks out.
     */
    private static void fitsAPhone(Browser browser, String dashboardId) {
        browser.resize(390, 844);
        String overflow = browser.waitForScriptResult("const d = document.getElementById('" + dashboardId + "');"
                + "const limit = document.documentElement.clientWidth + 1;"
                + "if (d.getBoundingClientRect().right <= limit && d.scrollWidth <= d.clientWidth + 1) return '';"
                + "let widest = null;"
                + "for (const e of d.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.right > limit && (!widest || r.right > widest.getBoundingClientRect().right)) widest = e;"
                + "}"
                + "return widest ? widest.tagName + '#' + widest.id + '.' + widest.className + ' ends at '"
                + "  + Math.round(widest.getBoundingClientRect().right) + ' px' : 'the dashboard scrolls: '"
                + "  + d.scrollWidth + ' > ' + d.clientWidth;", ""::equals);
        if (System.getProperty("fund.screenshots.dir") != null) {
            screenshot(browser, "company-phone");
        }
        browser.resize(1400, 1000);
        assertThat(overflow).as("what sticks out of the dashboard at 390 px").isEmpty();
    }

    private static void screenshot(Browser browser, String role) {
        String dir = System.getProperty("fund.screenshots.dir");
        if (dir != null) {
            browser.screenshot(Path.of(dir, "dashboard-" + role + ".png"));
        }
    }
}
