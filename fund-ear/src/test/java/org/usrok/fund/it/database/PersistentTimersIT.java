package org.usrok.fund.it.database;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EJB timers are persistent and kept in the fund's database (WildFly's database timer store,
 * table {@code jboss_ejb_timer}), which is what lets a cluster of nodes fire each of them once:
 * every timer is one row, and deploying the application again (as a restart or a second node
 * does) finds that row instead of adding a timer. The test deploys the application twice and
 * reads the table, as the runtime user, each time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersistentTimersIT {

    private static final String APPLICATION = "fund";
    /** Bean and timeout method of each of the application's timers ("timeout" for a programmatic one). */
    private static final List<String> TIMERS = List.of("ReviewSlaTimer.timeout",
            "CheckpointTimer.timeout", "SignInThrottle.forgetExpiredFailures");

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(PersistentTimersIT.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void everyTimerIsOneRowOfTheDatabaseThatARedeploymentKeeps() {
        Properties first = rowsWhileDeployed();
        Properties second = rowsWhileDeployed();

        for (String timer : TIMERS) {
            assertThat(first.getProperty(timer)).as(timer + ": one row").isNotBlank().doesNotContain(",");
            assertThat(second.getProperty(timer)).as(timer + ": the same row after redeploying")
                    .isEqualTo(first.getProperty(timer));
        }
        assertThat(second.stringPropertyNames()).as("no other timers").containsExactlyInAnyOrderElementsOf(TIMERS);
    }

    private Properties rowsWhileDeployed() {
        deployer.deploy(APPLICATION);
        try {
            return RemoteFixtures.build(TimerRows.class);
        } finally {
            deployer.undeploy(APPLICATION);
        }
    }

    /** The ids of the timer rows, per bean and timeout method, comma-separated. */
    public static class TimerRows implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture unused) {
            Properties rows = new Properties();
            try {
                DataSource database = InitialContext.doLookup("java:jboss/datasources/FundDS");
                try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
                     ResultSet timers = sql.executeQuery(
                             "select id, timed_object_id, timeout_method_name from jboss_ejb_timer order by id")) {
                    while (timers.next()) {
                        String objectId = timers.getString(2);
                        String method = timers.getString(3);
                        String key = objectId.substring(objectId.lastIndexOf('.') + 1) + "."
                                + (method == null ? "timeout" : method);
                        String earlier = rows.getProperty(key);
                        rows.setProperty(key, earlier == null ? timers.getString(1) : earlier + "," + timers.getString(1));
                    }
                }
            } catch (NamingException | SQLException e) {
                throw new IllegalStateException("Cannot read the timer table", e);
            }
            return rows;
        }
    }
}
