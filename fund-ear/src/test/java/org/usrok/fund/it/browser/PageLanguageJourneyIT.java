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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page declares its language ({@code <html lang>}), so screen readers read Korean as Korean
 * and browsers offer the right translation: the sign-in page and the portal's pages follow the
 * language the user chose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageLanguageJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static String pageLanguage(Browser browser) {
        return browser.find("html").getAttribute("lang");
    }

    @Test
    void pagesDeclareTheLanguageTheUserChose() {
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            browser.byId("login:username");
            assertThat(pageLanguage(browser)).isEqualTo("en");

            browser.click("langForm:langKo");
            browser.byId("login:username");
            assertThat(pageLanguage(browser)).isEqualTo("ko");

            browser.type("login:username", "auditor");
            browser.type("login:password", ApiClient.DEMO_PASSWORD);
            browser.click("login:submit");
            browser.byId("menuForm:langEn");
            assertThat(pageLanguage(browser)).isEqualTo("ko");

            browser.click("menuForm:langEn");
            browser.open("auditor/journal.xhtml");
            browser.byId("menuForm:langKo");
            assertThat(pageLanguage(browser)).isEqualTo("en");
            browser.signOut();
        }
    }
}
