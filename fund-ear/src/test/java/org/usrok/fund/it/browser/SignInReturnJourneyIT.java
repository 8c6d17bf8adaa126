package org.usrok.fund.it.browser;

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

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bookmarked portal page opened while signed out: the sign-in page says why it appeared, in
 * English and Korean, and after signing in the user is on the page they asked for. A
 * {@code next} that points anywhere else than this application is ignored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInReturnJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void aBookmarkedProtectedPageOpensAfterSignIn() {
        try (Browser browser = new Browser()) {
            browser.open("officer/claims.xhtml");
            assertThat(browser.byId("login:returnNotice").getText()).contains("Sign in to open the page you asked for");
            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).endsWith("/login.xhtml");

            browser.type("login:username", "us.officer1");
            browser.type("login:password", ApiClient.DEMO_PASSWORD);
            browser.click("login:submit");

            browser.byId("queueForm:claims");
            assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).endsWith("/officer/claims.xhtml");
            browser.signOut();
        }
    }

    @Test
    void theReasonIsGivenInKorean() {
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            browser.click("langForm:langKo");
            browser.byId("login:username");
            browser.open("officer/claims.xhtml");
            assertThat(browser.byId("login:returnNotice").getText()).contains("요청하신 페이지를 열려면 로그인하십시오");
        }
    }

    @Test
    void theStartPageDoesNotSayAPageWasAskedFor() {
        try (Browser browser = new Browser()) {
            browser.open("");
            browser.byId("login:username");
            assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
            assertThat(browser.driver().findElements(By.id("login:returnNotice"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("the page you asked for");
        }
    }

    @Test
    void aNextOutsideTheApplicationIsIgnored() {
        try (Browser browser = new Browser()) {
            for (String next : List.of("https://evil.example/officer/claims.xhtml", "//evil.example/officer/claims.xhtml",
                    "/\\evil.example/", "/../../evil")) {
                signInWith(browser, next);
            }
        }
    }

    private static void signInWith(Browser browser, String next) {
        browser.open("login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        browser.byId("login:username");
        assertThat(browser.driver().findElements(By.id("login:returnNotice"))).as(next).isEmpty();

        browser.type("login:username", "us.officer1");
        browser.type("login:password", ApiClient.DEMO_PASSWORD);
        browser.click("login:submit");

        browser.find("#menuForm\\:logout");
        URI landed = URI.create(browser.driver().getCurrentUrl());
        assertThat(landed.getHost()).as(next).isEqualTo(ApiClient.baseUrl().getHost());
        assertThat(landed.getPath()).as(next).endsWith("/index.xhtml");
        browser.signOut();
    }
}
