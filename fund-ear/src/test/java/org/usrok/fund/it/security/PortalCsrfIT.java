package org.usrok.fund.it.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PortalSession;
import org.usrok.fund.it.support.TestData;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery on the portal, in plain HTTP: administrator A's "create account"
 * form post, captured with A's view state, is replayed in administrator B's session and by a
 * stranger without any session. Neither creates the account (both land on the sign-in page, never
 * a 500); the same post in A's own session does, which shows the captured post was a working one.
 * The post carries the page's script nonce as the page's own script adds it (PrimeFaces checks it
 * when it renders the answer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalCsrfIT {

    private static final String PASSWORD = "http-test-password";
    private static final String NEW_PASSWORD = "csrf-test-password-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void aFormPostCapturedInOneSessionChangesNothingInAnotherOrWithoutOne() {
        String adminA = ApiClient.newUser("csrf.a", "ADMIN", "US").username();
        String adminB = ApiClient.newUser("csrf.b", "ADMIN", "KR").username();
        PortalSession sessionA = PortalSession.signedIn(adminA, PASSWORD);
        PortalSession sessionB = PortalSession.signedIn(adminB, PASSWORD);
        PortalSession.Page accounts = sessionA.get(sessionA.get("index.xhtml").link("admin/users.xhtml"));
        assertThat(accounts.body()).contains("newUser:create");
        String capturedState = accounts.viewState();
        String capturedNonce = accounts.nonce();

        String replayedInB = "csrf.b." + TestData.suffix();
        PortalSession.Page inB = sessionB.post("admin/users.xhtml", createAccount(replayedInB, capturedState, capturedNonce));
        String forged = "csrf.x." + TestData.suffix();
        PortalSession.Page stranger = PortalSession.anonymous().post("admin/users.xhtml",
                createAccount(forged, capturedState, capturedNonce));

        assertThat(inB.status()).isEqualTo(200);
        assertThat(inB.uri().getPath()).as("sent to sign in").endsWith("/login.xhtml");
        assertThat(stranger.status()).isEqualTo(200);
        assertThat(stranger.uri().getPath()).as("sent to sign in").endsWith("/login.xhtml");
        assertThat(accountExists(replayedInB)).as("created by the post replayed in B's session").isFalse();
        assertThat(accountExists(forged)).as("created by the post without a session").isFalse();

        String own = "csrf.a." + TestData.suffix();
        PortalSession.Page inA = sessionA.post("admin/users.xhtml", createAccount(own, capturedState, capturedNonce));
        assertThat(inA.status()).isEqualTo(200);
        assertThat(accountExists(own)).as("created by the post in its own session").isTrue();
    }

    /** The "new account" form as the page posts it (an auditor), with the given view state and script nonce. */
    private static Map<String, String> createAccount(String username, String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("newUser", "newUser");
        form.put("newUser:username", username);
        form.put("newUser:displayName", "Forged " + username);
        form.put("newUser:email", username + "@example.test");
        form.put("newUser:roles_input", "AUDITOR");
        form.put("newUser:country_input", "US");
        form.put("newUser:password", NEW_PASSWORD);
        form.put("newUser:create", "newUser:create");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        return form;
    }

    private static boolean accountExists(String username) {
        return ApiClient.as(username, NEW_PASSWORD).get("me").status() == 200;
    }
}
