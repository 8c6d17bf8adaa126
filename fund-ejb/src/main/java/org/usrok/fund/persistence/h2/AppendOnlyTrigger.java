package org.usrok.fund.persistence.h2;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Refuses every UPDATE and DELETE of a journal row on H2, whoever connects: corrections are
 * reversing entries, never edits. Installed by migration {@code db/vendor/h2/V8}; the PostgreSQL
 * equivalent is a PL/pgSQL trigger ({@code db/vendor/postgresql/V3}).
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
        throw new SQLException("journal is append-only: " + operation + " on " + table + " refused", "P0001");
    }
}
