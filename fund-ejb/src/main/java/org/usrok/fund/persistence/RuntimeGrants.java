package org.usrok.fund.persistence;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * After every migration, run as the schema owner, gives the runtime database user exactly the
 * privileges {@code runtime_table_access} (migration V20) lists per table, and to every table not
 * listed only SELECT and INSERT: append-only unless a migration says otherwise, so a new
 * journal, audit or checkpoint table is protected without anyone remembering to. Whatever else
 * the user held on a table is revoked first. The runtime user never owns a table, so it can never
 * ALTER, DROP or TRUNCATE one or disable or drop a trigger.
 *
 * <p>On H2 (the owner is the database's administrator) the runtime user is created when missing
 * and given the configured password. On PostgreSQL it is created only when missing and a password
 * is configured, which needs CREATEROLE (the test profile's superuser); in production the
 * database administrator creates it (docs/operations.md). The migration fails, and so the
 * application does not start, when the runtime user is the owner, an administrator or superuser,
 * a member of the owner's role, or owns a table: its privileges would then hold nothing back.
 */
final class RuntimeGrants implements Callback {

    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

    /** What the runtime user may do with one table. */
    enum Access {
        NONE(),
        READ("SELECT"),
        APPEND("SELECT", "INSERT"),
        LOCK("SELECT", "UPDATE"),
        READ_WRITE("SELECT", "INSERT", "UPDATE", "DELETE");

        private final List<String> privileges;

        Access(String... privileges) {
            this.privileges = List.of(privileges);
        }

        List<String> privileges() {
            return privileges;
        }
    }

    private final String vendor;
    private final RuntimeUser user;

    RuntimeGrants(String vendor, RuntimeUser user) {
        this.vendor = vendor;
        this.user = user;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "runtime user grants";
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            String owner = connection.getMetaData().getUserName();
            if (owner.equalsIgnoreCase(user.name())) {
                throw refusal("is the schema owner that runs the migrations");
            }
            if (postgres()) {
                preparePostgresRole(connection, owner);
            } else {
                prepareH2User(connection);
            }
            Map<Access, Integer> counts = grantTables(connection);
            LOG.info(() -> "Runtime database user " + user + " granted per table " + counts);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the runtime database user " + user + " its privileges", e);
        }
    }

    private boolean postgres() {
        return "postgresql".equals(vendor);
    }

    private Map<Access, Integer> grantTables(Connection connection) throws SQLException {
        Map<String, Access> listed = new HashMap<>();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select table_name, access from runtime_table_access")) {
            while (rows.next()) {
                listed.put(rows.getString(1).toLowerCase(Locale.ROOT), Access.valueOf(rows.getString(2)));
            }
        }
        String schema = connection.getSchema();
        Map<Access, Integer> counts = new EnumMap<>(Access.class);
        try (Statement sql = connection.createStatement()) {
            for (String table : tables(connection.getMetaData(), schema)) {
                Access access = listed.getOrDefault(table.toLowerCase(Locale.ROOT), Access.APPEND);
                sql.execute("revoke all on " + quoted(table) + " from " + user.name());
                if (!access.privileges().isEmpty()) {
                    sql.execute("grant " + String.join(", ", access.privileges()) + " on " + quoted(table)
                            + " to " + user.name());
                }
                counts.merge(access, 1, Integer::sum);
            }
            if (postgres()) {
                sql.execute("grant usage on schema " + quoted(schema) + " to " + user.name());
                sql.execute("revoke all on all sequences in schema " + quoted(schema) + " from " + user.name());
                sql.execute("grant usage, select on all sequences in schema " + quoted(schema) + " to " + user.name());
            }
        }
        return counts;
    }

    private static List<String> tables(DatabaseMetaData metaData, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metaData.getTables(null, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private void prepareH2User(Connection connection) throws SQLException {
        String password = literal(user.password().orElse(RuntimeUser.DEFAULT_H2_PASSWORD));
        Boolean admin = single(connection, "select is_admin from information_schema.users where user_name = ?",
                user.name().toUpperCase(Locale.ROOT));
        try (Statement sql = connection.createStatement()) {
            if (admin == null) {
                sql.execute("create user " + user.name() + " password " + password);
                LOG.info(() -> "Created the runtime database user " + user);
            } else if (admin) {
                throw refusal("is an administrator of the H2 database");
            } else {
                sql.execute("alter user " + user.name() + " set password " + password);
            }
        }
    }

    private void preparePostgresRole(Connection connection, String owner) throws SQLException {
        Boolean superuser = single(connection, "select rolsuper from pg_roles where rolname = ?", user.name());
        if (superuser == null) {
            String password = user.password().orElseThrow(() -> refusal(
                    "does not exist: create it as docs/operations.md says, or configure its password"
                            + " (fund.db.password) for an owner with CREATEROLE to create it"));
            try (Statement sql = connection.createStatement()) {
                sql.execute("create role " + user.name() + " login password " + literal(password));
            }
            LOG.info(() -> "Created the runtime database role " + user);
            return;
        }
        if (superuser) {
            throw refusal("is a PostgreSQL superuser");
        }
        if (Boolean.TRUE.equals(single(connection, "select pg_has_role(?, '" + owner.replace("'", "''")
                + "', 'MEMBER')", user.name()))) {
            throw refusal("is a member of the owner's role " + owner);
        }
        Boolean ownsTables = single(connection, "select count(*) > 0 from pg_tables where tableowner = ?", user.name());
        if (Boolean.TRUE.equals(ownsTables)) {
            throw refusal("owns tables: transfer them to the owner (REASSIGN OWNED, docs/operations.md)");
        }
    }

    private static Boolean single(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        }
    }

    private IllegalStateException refusal(String why) {
        return new IllegalStateException("The runtime database user " + user + " " + why
                + "; the application runs only as a user of its own (docs/operations.md)");
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
