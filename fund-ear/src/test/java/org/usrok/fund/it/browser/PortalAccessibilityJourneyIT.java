package org.usrok.fund.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the walk of the portal found about reading and reaching it: the language toggle is
 * readable (WCAG AA, contrast at least 4.5:1, the current language not greyed out), a date
 * picker's calendar button says what it is for, and at phone width (390 px) the menu collapses
 * behind a toggle and the main pages need no horizontal scrolling. Pages are read with the demo
 * accounts; nothing is changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessibilityJourneyIT {

    /** The contrast ratio of an element's text against the first opaque background behind it. */
    private static final String CONTRAST = """
            function lum(c) {
              var v = c.match(/[\\d.]+/g).slice(0, 3).map(function (x) {
                x = Number(x) / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            }
            function background(el) {
              for (; el; el = el.parentElement) {
                var c = getComputedStyle(el).backgroundColor, m = c.match(/[\\d.]+/g);
                if (m && (m.length < 4 || Number(m[3]) > 0)) { return c; }
              }
              return 'rgb(255, 255, 255)';
            }
            var el = arguments[0], text = el.querySelector('.ui-button-text') || el;
            var a = lum(getComputedStyle(text).color), b = lum(background(el));
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void theLanguageToggleIsReadableInBothLanguages() {
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            assertReadable(browser, "langForm:langEn");
            assertReadable(browser, "langForm:langKo");
            browser.signIn("us.officer1", ApiClient.DEMO_PASSWORD);
            assertReadable(browser, "menuForm:langEn");
            assertReadable(browser, "menuForm:langKo");
            browser.click("menuForm:langKo");
            browser.waitForText("[id='menuForm:inbox']", "\uc54c\ub9bc\ud568");
            assertReadable(browser, "menuForm:langEn");
            assertReadable(browser, "menuForm:langKo");
            browser.click("menuForm:langEn");
            browser.waitForText("[id='menuForm:inbox']", "Inbox");
            browser.signOut();
        }
    }

    @Test
    void aDatePickerButtonNamesItsField() {
        try (Browser browser = new Browser()) {
            browser.signIn("us.officer1", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:rounds");
            browser.find("[id='newRound'] a").click();
            WebElement button = browser.find("[id='roundForm:usPledgedOn'] .ui-datepicker-trigger");
            String label = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
                String now = button.getAttribute("aria-label");
                return now != null && now.startsWith("Choose a date") ? now : null;
            });
            assertThat(label).startsWith("Choose a date: ").hasSizeGreaterThan("Choose a date: ".length());
            browser.signOut();
        }
    }

    @Test
    void atPhoneWidthTheMenuCollapsesAndTheMainPagesDoNotScrollSideways() {
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("login.xhtml");
            assertNoSidewaysScrolling(browser, "login");
            signInAtPhoneWidth(browser, "us.officer1");
            assertThat(browser.driver().findElement(By.id("menuForm:rounds")).isDisplayed()).isFalse();
            for (String item : List.of("rounds", "applications", "claims", "disbursements", "inbox")) {
                openFromTheMenu(browser, item);
                assertNoSidewaysScrolling(browser, item);
            }
            browser.click("menuToggle");
            browser.click("menuForm:logout");
            browser.byId("login:username");

            signInAtPhoneWidth(browser, "us.company");
            for (String item : List.of("applications", "claims", "payments", "inbox")) {
                openFromTheMenu(browser, item);
                assertNoSidewaysScrolling(browser, item);
            }
        }
    }

    private static void signInAtPhoneWidth(Browser browser, String username) {
        browser.open("login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", ApiClient.DEMO_PASSWORD);
        browser.click("login:submit");
        browser.byId("menuToggle");
        assertNoSidewaysScrolling(browser, "home of " + username);
    }

    /** Opens the collapsed menu with its toggle, as a person on a phone would, and follows an item. */
    private static void openFromTheMenu(Browser browser, String item) {
        assertThat(browser.byId("menuToggle").getAttribute("aria-expanded")).isEqualTo("false");
        browser.click("menuToggle");
        assertThat(browser.byId("menuToggle").getAttribute("aria-expanded")).isEqualTo("true");
        browser.click("menuForm:" + item);
        browser.find("h1");
        browser.byId("menuToggle");
    }

    private static void assertNoSidewaysScrolling(Browser browser, String page) {
        Object overflow = browser.runScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s in px", page).isLessThanOrEqualTo(0);
    }

    private static void assertReadable(Browser browser, String clientId) {
        WebElement button = browser.byId(clientId);
        assertThat(button.getCssValue("opacity")).as("opacity of %s", clientId).isEqualTo("1");
        Number ratio = (Number) ((JavascriptExecutor) browser.driver()).executeScript(CONTRAST, button);
        assertThat(ratio.doubleValue()).as("contrast of %s", clientId).isGreaterThanOrEqualTo(4.5);
    }
}
