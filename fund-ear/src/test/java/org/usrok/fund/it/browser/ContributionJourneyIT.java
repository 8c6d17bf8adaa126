package org.usrok.fund.it.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contributions and exchange rates in headless Chromium: a Korean officer sees a freshly opened
 * round's pledges, is refused an over-pledge receipt beside the amount, records a receipt and sees
 * received and outstanding change; records an exchange rate and is told clearly when the same one
 * is entered again; the auditor reads both without the forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionJourneyIT {

    private static final String PASSWORD = "http-test-password";
    private static final String KR_ROW = "contributionsForm:governments:1:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    /** The round page is a protected view: reached through the rounds list (newest first), as a person would. */
    private static void openRound(Browser browser, String name) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data'] a.round-name");
        browser.driver().findElement(By.xpath("//a[contains(@class,'round-name') and normalize-space(text())='"
                + name + "']")).click();
        browser.byId("contributionsForm:governments");
    }

    @Test
    void anOfficerRecordsAReceiptAndARateAndTheAuditorReadsThem() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("KR");
        String bankReference = "BOK-WIRE-" + UUID.randomUUID().toString().substring(0, 8);
        String roundName = FundScenario.expect(officer.get("rounds/" + round.id()), 200).json().getString("nameEn");
        LocalDate day = LocalDate.of(1830, 1, 1).plusDays(new SecureRandom().nextInt(60_000));

        try (Browser browser = new Browser()) {
            browser.signIn(officer.username(), PASSWORD);
            openRound(browser, roundName);
            assertThat(browser.byId(KR_ROW + "government").getText()).isEqualTo("ROK Government");
            assertThat(browser.byId(KR_ROW + "pledged").getText()).isEqualTo("KRW 65,000,000,000");
            assertThat(browser.byId(KR_ROW + "received").getText()).isEqualTo("KRW 0");
            assertThat(browser.byId("contributionsForm:governments:0:pledged").getText())
                    .isEqualTo("USD 50,000,000.00");

            browser.type("contributionsForm:amount", "65000000001");
            browser.type("contributionsForm:receivedOn_input", "2026-11-25");
            browser.type("contributionsForm:bankReference", bankReference);
            browser.clickAndAwaitUpdate("contributionsForm:recordReceipt", "[id='contributionsForm:amountMessage']");
            browser.waitForText("[id='contributionsForm:amountMessage']", "exceed the pledge");
            assertThat(browser.byId(KR_ROW + "received").getText()).isEqualTo("KRW 0");

            browser.type("contributionsForm:amount", "20000000000");
            browser.retype("contributionsForm:receivedOn_input", "2026-11-20");
            browser.clickAndAwaitUpdate("contributionsForm:recordReceipt", "[id='contributionsForm:receivedOnMessage']");
            browser.waitForText("[id='contributionsForm:receivedOnMessage']", "before the pledge (2026-11-21)");
            assertThat(browser.byId(KR_ROW + "received").getText()).isEqualTo("KRW 0");

            browser.retype("contributionsForm:receivedOn_input", "2026-11-25");
            browser.clickAndAwaitUpdate("contributionsForm:recordReceipt", "[id='" + KR_ROW + "received']");
            browser.waitForText("[id='" + KR_ROW + "received']", "KRW 20,000,000,000");
            assertThat(browser.byId(KR_ROW + "outstanding").getText()).isEqualTo("KRW 45,000,000,000");
            assertThat(browser.find(".contribution-receipt").getText()).contains(bankReference)
                    .contains("KRW 20,000,000,000").contains(officer.username());
            assertThat(browser.find("#messages").getText()).contains("Receipt recorded");

            browser.click("menuForm:exchangeRates");
            browser.type("rateForm:rate", "twelve");
            browser.type("rateForm:effectiveOn_input", day.toString());
            browser.choose("rateForm:source", "Bank of Korea ECOS (daily)");
            browser.clickAndAwaitUpdate("rateForm:recordRate", "[id='rateForm:rateMessage']");
            browser.waitForText("[id='rateForm:rateMessage']", "decimal number");

            browser.type("rateForm:rate", "1385.20");
            browser.type("rateForm:sourceReference", "ECOS 731Y001 " + day);
            browser.clickAndAwaitUpdate("rateForm:recordRate", "[id='ratesForm:rates_data']");
            browser.waitForText("#messages", "Rate recorded: USD/KRW 1385.2 effective " + day);

            browser.type("rateForm:rate", "1385.20");
            browser.type("rateForm:effectiveOn_input", day.toString());
            browser.clickAndAwaitUpdate("rateForm:recordRate", "[id='ratesForm:rates_data']");
            browser.waitForText("#messages", "already recorded");
            browser.signOut();

            JsonObject rates = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD)
                    .get("exchange-rates?from=" + day + "&to=" + day).json();
            assertThat(rates.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(rates.getJsonArray("items").getJsonObject(0).getString("enteredBy"))
                    .isEqualTo(officer.username());

            browser.signIn("auditor", ApiClient.DEMO_PASSWORD);
            openRound(browser, roundName);
            assertThat(browser.byId(KR_ROW + "received").getText()).isEqualTo("KRW 20,000,000,000");
            assertThat(browser.driver().findElements(By.id("contributionsForm:recordReceipt")))
                    .isEmpty();
            browser.click("menuForm:exchangeRates");
            browser.find("[id='ratesForm:rates_data'] .rate-pair");
            assertThat(browser.driver().findElements(By.id("rateForm:recordRate"))).isEmpty();
            browser.signOut();
        }
    }
}
