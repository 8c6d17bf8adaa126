package org.usrok.fund.persistence.h2;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Refuses every UPDATE and DELETE of a journal or audit row on H2, whoever connects: corrections
 * are reversing entries, never edits. Installed by migrations {@code db/vendor/h2/V8} (journal) and
 * {@code V22} (audit trail); the PostgreSQL equivalents are PL/pgSQL triggers
 * ({@code db/vendor/postgresql/V3} and {@code V21}).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        String what = table.startsWith("journal") ? "journal" : "audit trail";
        throw new SQLException(what + " is append-only: " + operation + " on " + table + " refused", "P0001");
    }
}
