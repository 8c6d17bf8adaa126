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

/** An administrator creates an officer's account in the portal; the rules speak beside the fields; the officer signs in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void administratorCreatesAnOfficerWhoCanSignIn() {
        String username = "officer.kr." + TestData.suffix();
        try (Browser browser = new Browser()) {
            browser.signIn("admin", ApiClient.DEMO_PASSWORD);
            browser.click("menuForm:users");
            browser.type("newUser:username", username);
            browser.type("newUser:displayName", "Seo Yeon Lee");
            browser.type("newUser:email", username + "@example.test");
            browser.choose("newUser:roles", "ROK government officer");
            browser.choose("newUser:country", "United States");
            browser.type("newUser:password", "short");
            browser.click("newUser:create");
            browser.waitForText("[id='newUser:passwordMessage']", "a password has 12 to 128 characters");

            browser.type("newUser:password", "officer-password-2026");
            browser.click("newUser:create");
            browser.waitForText("[id='newUser:rolesMessage']", "An officer's country must match the officer role.");

            browser.choose("newUser:country", "Republic of Korea");
            browser.type("newUser:password", "officer-password-2026");
            browser.click("newUser:create");
            browser.waitForText("[id='messages']", "Account " + username + " created.");

            browser.click("menuForm:reference");
            browser.click("newMaterial:add");
            browser.waitForText("[id='newMaterial:nameEnMessage']", "enter the material's English name");
            assertThat(browser.byId("newMaterial:codeMessage").getText()).contains("enter a code, e.g. RHODIUM");
            assertThat(browser.byId("newMaterial:nameKoMessage").getText()).contains("enter the material's Korean name");
            browser.signOut();

            browser.signIn(username, "officer-password-2026");
            assertThat(browser.pageText()).contains(username).contains("ROK government officer");
        }
    }
}
