package org.usrok.fund.it.security;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PortalSession;
import org.usrok.fund.security.PasswordHashing;
import org.usrok.fund.security.UserAccountService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API client's verified password is remembered by the node that verified it (one PBKDF2 hash a
 * minute instead of one per request), yet a change of the account made on another node ends it at
 * the next request, not a minute later. The test plays the other node: it changes the account's row
 * in the database, with its version, as JPA writes it there, behind this node's back. A portal
 * session of a disabled account ends at its next page in the same way.
 */
@ExtendWith(ArquillianExtension.class)
class AccountChangedElsewhereIT {

    private static final String NEW_PASSWORD = "changed-on-another-node-123";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AccountChangedElsewhereIT.class);
    }

    @Inject
    UserAccountService users;

    @Inject
    PasswordHashing passwords;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource database;

    @Test
    void aPasswordChangedOrAnAccountDisabledOnAnotherNodeEndsTheRememberedPasswordAtOnce() throws SQLException {
        String username = new Actors(users).newAuditor().username();
        ApiClient remembered = ApiClient.as(username, Actors.PASSWORD);
        assertThat(remembered.get("me").status()).as("verified").isEqualTo(200);
        assertThat(remembered.get("me").status()).as("remembered").isEqualTo(200);

        changeElsewhere(username, "password_hash = ?", passwords.hash(NEW_PASSWORD.toCharArray()));
        assertThat(remembered.get("me").status()).as("old password after the change").isEqualTo(401);
        ApiClient changed = ApiClient.as(username, NEW_PASSWORD);
        assertThat(changed.get("me").status()).isEqualTo(200);
        assertThat(changed.get("me").status()).isEqualTo(200);

        changeElsewhere(username, "enabled = ?", false);
        assertThat(changed.get("me").status()).as("disabled account").isEqualTo(401);
    }

    @Test
    void aPortalSessionEndsAtItsNextPageOnceItsAccountIsDisabledOnAnotherNode() throws SQLException {
        String username = new Actors(users).newAuditor().username();
        PortalSession portal = PortalSession.signedIn(username, Actors.PASSWORD);
        assertThat(portal.get("auditor/journal.xhtml").body()).as("signed in").contains("menuForm:logout");

        changeElsewhere(username, "enabled = ?", false);

        PortalSession.Page next = portal.get("auditor/journal.xhtml");
        assertThat(next.body()).as("the page after the account was disabled")
                .doesNotContain("menuForm:logout").contains("login:username");
        changeElsewhere(username, "enabled = ?", true);
        assertThat(portal.get("auditor/journal.xhtml").body()).as("the ended session stays ended")
                .doesNotContain("menuForm:logout");
    }

    private void changeElsewhere(String username, String assignment, Object value) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update user_account set " + assignment + ", version = version + 1 where username = ?")) {
            update.setObject(1, value);
            update.setString(2, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
