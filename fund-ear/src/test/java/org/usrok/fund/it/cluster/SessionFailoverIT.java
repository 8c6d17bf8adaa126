package org.usrok.fund.it.cluster;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal session survives the loss of its node: signed in through the balancer, the browser's
 * session lives on the node its cookie's route names and is replicated to the other; after a
 * {@code kill -9} of that node the balancer sends the next request to the other node, which
 * continues the session: still signed in, in the language chosen (a session-scoped bean).
 */
class SessionFailoverIT {

    private static FundCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = FundCluster.up();
    }

    @Test
    void sessionContinuesOnTheOtherNodeAfterItsNodeIsKilled() {
        try (Browser browser = new Browser()) {
            browser.signIn("us.officer1", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:langKo");
            browser.byId("menuForm:langEn");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ko");
            // a view-scoped bean holding the service's read models goes into the session too
            browser.click("menuForm:disbursements");
            browser.byId("roundChoiceForm");
            String before = sessionCookie(browser);
            ClusterNode home = cluster.nodes().stream().filter(n -> before.endsWith("." + n.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no node's route in the session cookie " + before));

            home.kill();
            browser.open("index.xhtml");

            browser.find("#menuForm\\:logout");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("login.xhtml");
            assertThat(browser.find("html").getAttribute("lang")).as("language chosen in the session").isEqualTo("ko");
            assertThat(browser.find(".fund-user").getText()).startsWith("us.officer1");
            String after = sessionCookie(browser);
            assertThat(after.substring(0, after.indexOf('.'))).isEqualTo(before.substring(0, before.indexOf('.')));
            assertThat(after).doesNotEndWith("." + home.name());
            browser.click("menuForm:disbursements");
            browser.byId("roundChoiceForm");
            assertThat(cluster.nodes()).allSatisfy(node -> assertThat(node.logProblems())
                    .as("session replication problems in %s's log", node.name()).isEmpty());
        } finally {
            cluster.ensureAllUp();
        }
    }

    private static String sessionCookie(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie.getValue();
    }
}
