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
import org.usrok.fund.it.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's journey in real headless Chromium: a company user registers (and is told beside the
 * field what is wrong first), an officer of the same country verifies, the company sees it, and
 * the portal speaks Korean on request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyRegistrationJourneyIT {

    private static final String OFFICER_PASSWORD = ApiClient.DEMO_PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void companyRegistersOfficerVerifiesInEnglishAndKorean() {
        String companyUser = "browser.company." + TestData.suffix();
        var created = ApiClient.demoAdmin().post("users", java.util.Map.of("username", companyUser,
                "password", "browser-test-password", "displayName", "Browser Company", "email",
                companyUser + "@example.test", "roles", java.util.List.of("COMPANY")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String legalName = "Journey Graphite " + TestData.suffix() + " Co.";
        String brn = TestData.brn();

        try (Browser browser = new Browser()) {
            browser.open("");
            assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");

            browser.signIn(companyUser, "browser-test-password");
            browser.click("menuForm:myCompany");
            browser.type("registration:legalName", legalName);
            browser.choose("registration:country", "Republic of Korea");
            browser.type("registration:brn", "124-81-00997");
            browser.type("registration:street", "테헤란로 152");
            browser.type("registration:city", "Seoul");
            browser.type("registration:postalCode", "06236");
            browser.choose("registration:industrySector", "Batteries");
            browser.type("registration:contactName", "Jiho Park");
            browser.type("registration:contactEmail", "jiho@example.kr");
            browser.click("registration:submit");

            browser.waitForText("[id='registration:brnMessage']", "check digit");
            assertThat(browser.byId("registration:legalName").getAttribute("value")).isEqualTo(legalName);

            browser.type("registration:brn", brn);
            browser.click("registration:submit");
            browser.waitForText("[id='status']", "Pending verification");
            assertThat(browser.pageText()).contains(legalName).contains(brn);
            browser.signOut();

            browser.signIn("kr.officer1", OFFICER_PASSWORD);
            browser.click("menuForm:companies");
            browser.type("companiesForm:companies:legalNameCol:filter", legalName);
            browser.waitForText("[id='companiesForm:companies_paginator_top']", "1-1 / 1");
            browser.waitForText("[id='companiesForm:companies_data'] .company-status", "Pending verification");
            browser.find("[id='companiesForm:companies_data'] .verify-button").click();
            browser.waitForText("[id='companiesForm:companies_data'] .company-status", "Verified");
            browser.waitForText("[id='messages']", "Verified: " + legalName);
            browser.signOut();

            browser.signIn(companyUser, "browser-test-password");
            browser.click("menuForm:myCompany");
            browser.waitForText("[id='status']", "Verified");
            assertThat(browser.pageText()).contains("kr.officer1");

            browser.click("menuForm:langKo");
            browser.waitForText("[id='status']", "검증 완료");
            assertThat(browser.pageText()).contains("내 기업").contains("로그아웃").contains("사업자등록번호(한국)");
            browser.signOut();
            assertThat(browser.pageText()).contains("로그인").contains("비밀번호");
        }
    }
}
