package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.Company;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payout accounts in real headless Chromium: a company registers its account (told beside the
 * field that the routing number's check digit is wrong first), an officer of its country rejects
 * it with a reason (after being told the reason is required), the company registers again, the
 * officer verifies, and the company sees it verified, in Korean too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayoutAccountJourneyIT {

    private static final String PASSWORD = "http-test-password";
    private static final String US_ABA = "U.S. bank (routing + account number)";
    private static final String ROWS = "[id='accountsForm:accounts_data']";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void companyRegistersOfficerRejectsThenVerifies() {
        Company company = FundScenario.verifiedCompany("US");
        ApiClient officer = FundScenario.officer("US");

        try (Browser browser = new Browser()) {
            browser.signIn(company.user().username(), PASSWORD);
            browser.click("menuForm:payoutAccounts");
            browser.waitForText(ROWS, "No payout account registered yet.");
            enterUsAccount(browser, company.legalName(), "021000022");
            browser.click("accountForm:register");
            browser.waitForText("[id='accountForm:routingNumberMessage']", "check digit");
            assertThat(browser.byId("accountForm:accountNumber").getAttribute("value")).isEqualTo("0001-2345-6789");

            browser.type("accountForm:routingNumber", "021000021");
            browser.click("accountForm:register");
            browser.waitForText(ROWS + " .payout-status", "Pending verification");
            assertThat(browser.find(ROWS + " .payout-account").getText()).isEqualTo("000123456789");
            assertThat(browser.find(ROWS + " .payout-not-payable").getText()).contains("not paid until verified");
            browser.signOut();

            browser.signIn(officer.username(), PASSWORD);
            browser.click("menuForm:payoutAccounts");
            filterQueueByName(browser, company.legalName());
            browser.waitForText("[id='queueForm:accounts_data'] .payout-account", "000123456789");
            browser.find("[id='queueForm:accounts_data'] .reject-button").click();
            browser.click("rejectForm:confirmReject");
            browser.waitForText("[id='rejectForm:reasonMessage']", "blank");
            browser.type("rejectForm:reason", "Holder name differs from the bank's confirmation");
            browser.click("rejectForm:confirmReject");
            browser.waitForText("[id='messages']", "Payout account rejected: " + company.legalName());
            browser.signOut();

            browser.signIn(company.user().username(), PASSWORD);
            browser.click("menuForm:payoutAccounts");
            browser.waitForText(ROWS + " .payout-status", "Rejected");
            browser.waitForText(ROWS + " .payout-reason", "Holder name differs");
            enterUsAccount(browser, company.legalName(), "021000021");
            browser.click("accountForm:register");
            browser.waitForText(ROWS + " .payout-status", "Pending verification");
            browser.signOut();

            browser.signIn(officer.username(), PASSWORD);
            browser.click("menuForm:payoutAccounts");
            filterQueueByName(browser, company.legalName());
            browser.find("[id='queueForm:accounts_data'] .verify-button").click();
            browser.waitForText("[id='messages']", "Payout account verified: " + company.legalName());
            browser.signOut();

            browser.signIn(company.user().username(), PASSWORD);
            browser.click("menuForm:payoutAccounts");
            browser.waitForText(ROWS + " .payout-status", "Verified");
            browser.click("menuForm:langKo");
            browser.waitForText(ROWS + " .payout-status", "검증 완료");
            assertThat(browser.pageText()).contains("지급 계좌").contains("새 계좌 등록 또는 계좌 변경");
            browser.signOut();
        }
    }

    /** Types the name filter and waits until the table its Ajax update re-renders has arrived. */
    private static void filterQueueByName(Browser browser, String name) {
        WebElement before = browser.find("[id='queueForm:accounts_data']");
        browser.type("queueForm:nameFilter", name);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        browser.waitForText("[id='queueForm:accounts_paginator_top']", "1-1 / 1");
    }

    private static void enterUsAccount(Browser browser, String holder, String routingNumber) {
        browser.choose("accountForm:scheme", US_ABA);
        browser.byId("accountForm:routingNumber");
        browser.waitForText("[id='accountForm:currency_label']", "USD");
        browser.type("accountForm:holderName", holder);
        browser.type("accountForm:routingNumber", routingNumber);
        browser.type("accountForm:accountNumber", "0001-2345-6789");
    }
}
