package org.usrok.fund.it.ledger;

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
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses any UPDATE, DELETE or TRUNCATE of the journal tables, on the
 * embedded H2 default (trigger and truncate guard of {@code db/vendor/h2/V8}) and on PostgreSQL
 * (triggers of {@code db/vendor/postgresql/V3}), even through a raw connection of the schema owner,
 * who holds every privilege on them (the runtime user holds none: {@code RuntimeUserPrivilegesIT}).
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

    /** The schema owner's datasource, which the migrations use. */
    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
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
        actors.newOfficer(CountryCode.KR).call(() -> ledger.post(TestData.usdReceipt("it-" + TestData.suffix(), "1.00")));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            List<String> truncations = postgres
                    ? List.of("truncate journal_line", "truncate journal_entry cascade")
                    : List.of("truncate table journal_line", "truncate table journal_entry");
            for (String truncation : truncations) {
                assertThatThrownBy(() -> sql.executeUpdate(truncation)).as(truncation)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining(postgres ? "append-only" : "Cannot truncate");
            }
            try (ResultSet rows = sql.executeQuery("select count(*) from journal_entry")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isPositive();
            }
        }
    }
}
