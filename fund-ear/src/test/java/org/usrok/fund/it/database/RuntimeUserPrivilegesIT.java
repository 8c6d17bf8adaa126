package org.usrok.fund.it.database;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The user the application runs as ({@code FundDS}) is not the schema owner and holds only SELECT
 * and INSERT on the journal and the audit trail: the database refuses it every UPDATE, DELETE,
 * TRUNCATE, ALTER TABLE (disabling a trigger included, on PostgreSQL), DROP TRIGGER and DROP TABLE
 * there for want of privilege (PostgreSQL 42501, H2 90096; see {@link #refusals}), before any
 * append-only trigger is reached. It cannot widen its own grants either. Runs on H2 by default and on PostgreSQL with
 * {@code -Ppostgres}.
 */
@ExtendWith(ArquillianExtension.class)
class RuntimeUserPrivilegesIT {

    private static final List<String> APPEND_ONLY = List.of("journal_entry", "journal_line", "audit_record");

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RuntimeUserPrivilegesIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    /** The application's own datasource: the runtime user. */
    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource runtime;

    /** The migration step's datasource: the schema owner. */
    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
    DataSource owner;

    @Test
    void theApplicationDoesNotRunAsTheSchemaOwner() throws SQLException {
        try (Connection app = runtime.getConnection(); Connection schemaOwner = owner.getConnection()) {
            assertThat(app.getMetaData().getUserName())
                    .isNotEqualToIgnoringCase(schemaOwner.getMetaData().getUserName());
        }
    }

    @Test
    void theRuntimeUserCannotChangeEmptyOrRestructureTheJournalOrTheAuditTrail() throws SQLException {
        var officer = new Actors(users).newOfficer(CountryCode.US);
        long sequence = officer.call(() -> ledger.post(TestData.usdReceipt("it-" + TestData.suffix(), "7.00")))
                .sequence();

        try (Connection connection = runtime.getConnection(); Statement sql = connection.createStatement()) {
            boolean postgres = postgres(connection);
            for (String table : APPEND_ONLY) {
                for (String tamper : tampering(table, postgres)) {
                    assertThatThrownBy(() -> sql.execute(tamper)).as(tamper)
                            .isInstanceOfSatisfying(SQLException.class, e -> {
                                assertThat(e.getSQLState()).as(tamper + ": " + e.getMessage())
                                        .isIn(refusals(tamper, postgres));
                                assertThat(e.getMessage()).doesNotContain("append-only");
                            });
                }
            }
        }

        assertThat(count("select count(*) from audit_record where entity_type = 'JournalEntry' and entity_id = '"
                + sequence + "'")).isEqualTo(1);
        assertThat(count("select sum(amount_minor) from journal_line where entry_sequence = " + sequence))
                .isEqualTo(1400);
        var verification = officer.call(() -> ledger.verifyChain());
        assertThat(verification.ok()).as(verification.toString()).isTrue();
    }

    @Test
    void theRuntimeUserCannotWidenItsGrantsRewriteTheMigrationHistoryOrCreateTables() throws SQLException {
        try (Connection connection = runtime.getConnection(); Statement sql = connection.createStatement()) {
            for (String tamper : List.of(
                    "update runtime_table_access set access = 'READ_WRITE'",
                    "insert into runtime_table_access (table_name, access) values ('audit_record', 'READ_WRITE')",
                    "delete from flyway_schema_history",
                    "create table forged (id integer)")) {
                assertThatThrownBy(() -> sql.execute(tamper)).as(tamper).isInstanceOf(SQLException.class);
            }
        }
    }

    /**
     * PostgreSQL refuses for want of privilege or ownership (42501). H2 refuses for want of rights
     * (90096), except that it checks TRUNCATE's foreign keys first: every one of these tables is
     * referenced (by journal_line or a truncate guard), so it may answer 90106 instead.
     */
    private static List<String> refusals(String statement, boolean postgres) {
        if (postgres) {
            return List.of("42501");
        }
        return statement.startsWith("truncate") ? List.of("90096", "90106") : List.of("90096");
    }

    private static List<String> tampering(String table, boolean postgres) {
        String column = table.equals("audit_record") ? "actor" : table.equals("journal_entry") ? "description"
                : "account_code";
        String trigger = table + "_append_only";
        List<String> statements = new ArrayList<>(List.of(
                "update " + table + " set " + column + " = " + column,
                "delete from " + table,
                "truncate table " + table,
                "alter table " + table + " add column forged integer",
                "drop table " + table));
        if (postgres) {
            statements.add("alter table " + table + " disable trigger " + trigger);
            statements.add("alter table " + table + " disable trigger all");
            statements.add("drop trigger " + trigger + " on " + table);
        } else {
            statements.add("drop trigger " + trigger);
        }
        return statements;
    }

    private long count(String query) throws SQLException {
        try (Connection connection = runtime.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
