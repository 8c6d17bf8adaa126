package org.usrok.fund.bench.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The database the server under test runs on, reached directly as its owner for seeding and for
 * the raw baselines: {@code -Dfund.bench.db.url} (default jdbc:postgresql://127.0.0.1:5432/fund_bench),
 * {@code -Dfund.bench.db.user} (default postgres), {@code -Dfund.bench.db.password}.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static Connection connect() throws SQLException {
        return connect(Map.of());
    }

    /** A connection with these driver properties besides the user and password. */
    public static Connection connect(Map<String, String> driverProperties) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        properties.setProperty("user", System.getProperty("fund.bench.db.user", "postgres"));
        properties.setProperty("password", System.getProperty("fund.bench.db.password", "postgres"));
        return DriverManager.getConnection(
                System.getProperty("fund.bench.db.url", "jdbc:postgresql://127.0.0.1:5432/fund_bench"), properties);
    }

    public static long longValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
