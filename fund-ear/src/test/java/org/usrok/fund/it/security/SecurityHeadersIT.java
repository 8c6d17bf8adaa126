package org.usrok.fund.it.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.Company;
import org.usrok.fund.it.support.PortalSession;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the security headers: a portal page (its Content-Security-Policy
 * with the view's script nonce), an API answer, a problem, static resources, and an evidence
 * download from the API and from the portal (as an attachment, never rendered). The session
 * cookie is HttpOnly and SameSite=Strict. In Chromium, a page runs its own scripts under its
 * policy, and a script injected into it does not run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String PASSWORD = "http-test-password";
    private static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    /** The headers every response has, whatever its policy. */
    private static void assertCommonHeaders(String what, Function<String, List<String>> headers) {
        assertThat(headers.apply("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.apply("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.apply("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.apply("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
    }

    private static List<String> all(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    @Test
    void portalPagesHaveAPolicyWithTheirScriptNonceAndTheSessionCookieIsStrict() {
        PortalSession.Page login = PortalSession.anonymous().get("login.xhtml");

        assertCommonHeaders("sign-in page", login::headers);
        String policy = login.header("Content-Security-Policy");
        assertThat(policy).startsWith("default-src 'self';").contains("frame-ancestors 'none'", "object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}';$").doesNotContain("unsafe-eval");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(login.body()).contains("nonce=\"" + nonce + "\"").doesNotContainPattern("\\son(click|change|load)=");
        assertThat(login.headers("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));

        Company company = FundScenario.registeredCompany("US");
        PortalSession.Page home = PortalSession.signedIn(company.user().username(), PASSWORD).get("index.xhtml");
        assertCommonHeaders("home page", home::headers);
        assertThat(home.header("Content-Security-Policy")).contains("'nonce-").isNotEqualTo(policy);
    }

    @Test
    void theBrowserRunsThePagesScriptsButRefusesAnInjectedOne() {
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            assertThat(browser.runScript("return typeof PrimeFaces === 'object' && PrimeFaces.csp !== undefined"))
                    .as("PrimeFaces loaded, with its CSP support").isEqualTo(true);
            assertThat(browser.takePolicyViolations()).as("the page's own scripts").isEmpty();

            Object ran = browser.runScript("var s = document.createElement('script');"
                    + "s.textContent = 'window.injected = true;'; document.head.appendChild(s);"
                    + "return window.injected === true;");

            assertThat(ran).as("the injected inline script ran").isEqualTo(false);
            assertThat(browser.takePolicyViolations()).as("reported by the browser").isNotEmpty();
        }
    }

    @Test
    void apiAnswersProblemsAndStaticResourcesAreLockedDown() {
        Reply me = ApiClient.demoAdmin().get("me");
        assertThat(me.status()).isEqualTo(200);
        assertCommonHeaders("API answer", name -> all(me.headers(), name));
        assertThat(me.header("Content-Security-Policy")).isEqualTo(LOCKED_DOWN);

        Reply problem = ApiClient.demoAdmin().get("companies/not-a-number");
        assertThat(problem.contentType()).startsWith(FundScenario.PROBLEM);
        assertCommonHeaders("problem", name -> all(problem.headers(), name));
        assertThat(problem.header("Content-Security-Policy")).isEqualTo(LOCKED_DOWN);

        Reply anonymous = ApiClient.anonymous().get("me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertCommonHeaders("401 problem", name -> all(anonymous.headers(), name));

        for (String resource : List.of("jakarta.faces.resource/css/fund.css.xhtml",
                "jakarta.faces.resource/core.js.xhtml?ln=primefaces", "resources/css/fund.css")) {
            PortalSession.Page file = PortalSession.anonymous().get(resource);
            assertThat(file.status()).as(resource).isEqualTo(200);
            assertCommonHeaders(resource, file::headers);
            assertThat(file.header("Content-Security-Policy")).as(resource).isEqualTo(LOCKED_DOWN);
        }
    }

    @Test
    void evidenceIsDownloadedAsAnAttachmentAndNeverRendered() {
        FundScenario.OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        long application = FundScenario.apply(company, round);
        long id = FundScenario.expect(company.user().postBytes("applications/" + application
                + "/attachments?filename=plan.pdf", FundScenario.pdf(), "application/octet-stream", false), 201).id();

        Download api = company.user().download("attachments/" + id + "/content");
        assertThat(api.status()).isEqualTo(200);
        assertCommonHeaders("API download", name -> all(api.headers(), name));
        assertThat(api.header("Content-Disposition")).startsWith("attachment;");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");

        PortalSession.Page portal = PortalSession.signedIn(company.user().username(), PASSWORD)
                .get("attachment?id=" + id);
        assertThat(portal.status()).isEqualTo(200);
        assertCommonHeaders("portal download", portal::headers);
        assertThat(portal.header("Content-Disposition")).startsWith("attachment;");
        assertThat(portal.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(portal.header("Content-Security-Policy")).isEqualTo(LOCKED_DOWN);
    }
}
