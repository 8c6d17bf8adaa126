package org.usrok.fund.it.postgres;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL the database itself refuses any UPDATE, DELETE or TRUNCATE of the journal tables
 * (triggers of migration {@code db/vendor/postgresql/V3}). Runs in the {@code postgres} profile
 * only: the embedded H2 default has no such trigger yet (docs/ledger.md).
 */
@ExtendWith(ArquillianExtension.class)
class JournalAppendOnlyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(JournalAppendOnlyIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeletePostedEntries() throws SQLException {
        var officer = actors.newOfficer(CountryCode.US);
        var posted = officer.call(() -> ledger.post(TestData.usdReceipt("it-" + TestData.suffix(), "5.00")));
        long sequence = posted.sequence();

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String tamper : List.of(
                    "update journal_line set amount_minor = amount_minor + 1 where entry_sequence = " + sequence,
                    "update journal_entry set description = 'forged' where sequence = " + sequence,
                    "delete from journal_line where entry_sequence = " + sequence,
                    "delete from journal_entry where sequence = " + sequence)) {
                assertThatThrownBy(() -> sql.executeUpdate(tamper)).as(tamper)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            try (ResultSet rows = sql.executeQuery(
                    "select sum(amount_minor) from journal_line where entry_sequence = " + sequence)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isEqualTo(1000);
            }
        }
        var verification = officer.call(() -> ledger.verifyChain());
        assertThat(verification.ok()).as(verification.toString()).isTrue();
    }

    @Test
    void theDatabaseRefusesToEmptyTheJournal() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("truncate journal_line, journal_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
