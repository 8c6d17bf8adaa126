package org.usrok.fund.bench.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The baseline: one connection of the application's runtime user writing, in one transaction
 * per claim, the rows {@code POST /api/claims} writes: the idempotency record (with the stored
 * response), the claim, its two lines and the audit record (with the same JSON the server stored,
 * taken from a real response). Ids come from the application's sequences, one {@code nextval}
 * each. Nothing is read or validated: this is what the database itself costs.
 */
final class RawJdbcClaims implements AutoCloseable {

    /** Where one filer's claims go: its application, round and company. */
    record Target(String username, long applicationId, long roundId, long companyId) {
    }

    private final Connection connection;
    private final PreparedStatement idempotency;
    private final PreparedStatement claim;
    private final PreparedStatement line;
    private final PreparedStatement audit;
    private final String json;

    RawJdbcClaims(String url, String user, String password, String json) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        this.json = json;
        idempotency = connection.prepareStatement("insert into idempotency_record (id, caller, idem_key,"
                + " request_fingerprint, response_status, response_location, response_body, created_at)"
                + " values (nextval('idempotency_record_seq'), ?, ?, ?, 201, ?, ?, ?)");
        claim = connection.prepareStatement("insert into diversification_claim (id, version, round_id, application_id,"
                + " company_id, country, currency, title, status, claimed_minor, created_at, created_by, updated_at,"
                + " updated_by) values (nextval('diversification_claim_seq'), 0, ?, ?, ?, 'US', 'USD', ?, 'DRAFT', 525000,"
                + " ?, ?, ?, ?) returning id");
        line = connection.prepareStatement("insert into claim_line (claim_id, line_no, category_code, description,"
                + " period_starts_on, period_ends_on, old_unit_price, new_unit_price, quantity, claimed_minor)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        audit = connection.prepareStatement("insert into audit_record (id, occurred_at, actor, action, entity_type,"
                + " entity_id, before_state, after_state, outcome) values (nextval('audit_record_seq'), ?, ?,"
                + " 'CLAIM_FILED', 'DiversificationClaim', ?, null, ?, 'DONE')");
    }

    static Target target(String url, String user, String password, String username, long applicationId)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement("select round_id, company_id from fund_application where id = ?")) {
            s.setLong(1, applicationId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no application " + applicationId);
                }
                return new Target(username, applicationId, rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Writes one claim's rows and commits; false if the database refused them. */
    boolean file(Target target) {
        try {
            Timestamp now = Timestamp.from(Instant.now());
            String key = UUID.randomUUID().toString();
            idempotency.setString(1, target.username());
            idempotency.setString(2, key);
            idempotency.setString(3, sha256(key));
            idempotency.setString(4, "http://localhost/fund/api/claims/0");
            idempotency.setString(5, json);
            idempotency.setTimestamp(6, now);
            idempotency.executeUpdate();
            claim.setLong(1, target.roundId());
            claim.setLong(2, target.applicationId());
            claim.setLong(3, target.companyId());
            claim.setString(4, "Claim " + key);
            claim.setTimestamp(5, now);
            claim.setString(6, target.username());
            claim.setTimestamp(7, now);
            claim.setString(8, target.username());
            long id;
            try (ResultSet rs = claim.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            LocalDate today = LocalDate.now();
            addLine(id, 1, "PRICE_DIFFERENTIAL", "Graphite from the new source", today.minusDays(40), today.minusDays(10),
                    new java.math.BigDecimal("10.00"), new java.math.BigDecimal("12.50"),
                    new java.math.BigDecimal("1000"), 125000);
            addLine(id, 2, "SUPPLIER_QUALIFICATION", "Qualification audit", today.minusDays(40), today.minusDays(39),
                    null, null, null, 400000);
            line.executeBatch();
            audit.setTimestamp(1, now);
            audit.setString(2, target.username());
            audit.setString(3, String.valueOf(id));
            audit.setString(4, json);
            audit.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the error is counted by the caller already
            }
            return false;
        }
    }

    private void addLine(long claimId, int no, String category, String description, LocalDate from, LocalDate to,
                         java.math.BigDecimal oldPrice, java.math.BigDecimal newPrice, java.math.BigDecimal quantity,
                         long claimedMinor) throws SQLException {
        line.setLong(1, claimId);
        line.setInt(2, no);
        line.setString(3, category);
        line.setString(4, description);
        line.setDate(5, Date.valueOf(from));
        line.setDate(6, Date.valueOf(to));
        line.setBigDecimal(7, oldPrice);
        line.setBigDecimal(8, newPrice);
        line.setBigDecimal(9, quantity);
        line.setLong(10, claimedMinor);
        line.addBatch();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
