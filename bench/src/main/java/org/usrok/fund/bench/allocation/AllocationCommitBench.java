package org.usrok.fund.bench.allocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.usrok.fund.bench.server.BenchDatabase;
import org.usrok.fund.bench.server.BenchRound;
import org.usrok.fund.bench.server.FundApi;
import org.usrok.fund.bench.server.Machine;

/**
 * B2 (docs/performance.md): a round with 100,000 approved claims is allocated and committed
 * through the running server's API, the way officers do it: simulate (the shares, pool outcomes
 * and certificate are stored), propose, and the U.S. and ROK approvals (the second commits: ledger
 * entry, commitment, notifications). Every call also writes its audit record and idempotency
 * record. The raw baseline then inserts the same rows the application wrote, copied
 * column for column, with batched JDBC in one transaction on the same database; and once more
 * with the driver rewriting the batches into multi-row inserts, as the server's datasource does
 * (configure-server.cli). Target: the application at most 3 times the raw time.
 *
 * <p>Run against a server started by bench/server.sh: {@code java -cp bench/target/benchmarks.jar
 * org.usrok.fund.bench.allocation.AllocationCommitBench [claims]}.
 */
public final class AllocationCommitBench {

    private static final int RAW_BATCH = 1000;
    private static final long RAW_ID_OFFSET = 1L << 40;
    private static final Map<String, String> REWRITE_BATCHED_INSERTS = Map.of("reWriteBatchedInserts", "true");

    private AllocationCommitBench() {
    }

    public static void main(String[] args) throws SQLException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        FundApi api = FundApi.fromSystemProperties();
        try (Connection db = BenchDatabase.connect()) {
            long round = BenchRound.closedRound(api, "B2 allocation commit " + System.currentTimeMillis());
            BenchRound.insertClaims(db, round, round * 10_000_000L, claims, "'APPROVED'");
            // what the calls below write to the shared tables is told apart by time (ids come in blocks)
            String since = "'" + BenchDatabase.text(db, "select clock_timestamp()::text") + "'";
            System.out.printf("B2: round %d with %,d approved claims; %s%n", round, claims, Machine.describe());

            long start = System.nanoTime();
            String simulated = api.post("us.officer1", "rounds/" + round + "/allocation-scenarios",
                    "{\"name\":\"B2 proportional\",\"method\":\"PROPORTIONAL\",\"poolMode\":\"PER_COUNTRY\"}");
            double simulate = Machine.millisSince(start);
            long scenario = FundApi.number(simulated, "id");
            long step = System.nanoTime();
            api.post("us.officer1", "allocation-scenarios/" + scenario + "/proposal", "{}");
            double propose = Machine.millisSince(step);
            step = System.nanoTime();
            api.post("us.officer2", "allocation-scenarios/" + scenario + "/approval", "{}");
            double usApproval = Machine.millisSince(step);
            step = System.nanoTime();
            String committed = api.post("kr.officer1", "allocation-scenarios/" + scenario + "/approval", "{}");
            double krApproval = Machine.millisSince(step);
            double app = Machine.millisSince(start);
            if (!committed.contains("\"COMMITTED\"")) {
                throw new IllegalStateException("not committed: " + committed.substring(0, Math.min(400, committed.length())));
            }
            String appLoad = Machine.loadAverage();

            List<Copy> copies = copies(db, scenario, since, 1);
            long rows = copies.stream().mapToLong(c -> c.rows.size()).sum();
            double raw = insert(db, copies);
            String rawLoad = Machine.loadAverage();
            double rewritten;
            try (Connection rewriting = BenchDatabase.connect(REWRITE_BATCHED_INSERTS)) {
                rewritten = insert(rewriting, copies(db, scenario, since, 2));
            }

            System.out.printf("B2 app: %.0f ms (simulate %.0f, propose %.0f, U.S. approval %.0f, ROK approval and commit %.0f),"
                    + " load average after %s%n", app, simulate, propose, usApproval, krApproval, appLoad);
            for (Copy copy : copies) {
                System.out.printf("  %-24s %,9d rows%n", copy.table, copy.rows.size());
            }
            System.out.printf("B2 raw: %.0f ms for the same %,d rows (batches of %d), load average after %s%n", raw, rows,
                    RAW_BATCH, rawLoad);
            System.out.printf("B2 raw with reWriteBatchedInserts=true (as the server's datasource): %.0f ms,"
                    + " load average after %s%n", rewritten, Machine.loadAverage());
            System.out.printf("B2 ratio app/raw: %.2f (target <= 3); against the rewriting raw: %.2f%n", app / raw,
                    app / rewritten);
        }
    }

    /**
     * Every row the four calls wrote, to insert again under new keys: the {@code n}th copy moves the
     * ids by {@code n} times {@link #RAW_ID_OFFSET}.
     */
    private static List<Copy> copies(Connection db, long scenario, String since, int n) throws SQLException {
        long offset = n * RAW_ID_OFFSET;
        long rawScenario = scenario + offset;
        return List.of(
                Copy.read(db, "allocation_scenario", "id = " + scenario, Map.of("id", v -> rawScenario,
                        "status", v -> "SIMULATED", "ledger_sequence", v -> null)),
                Copy.read(db, "allocation_share", "scenario_id = " + scenario, Map.of("scenario_id", v -> rawScenario)),
                Copy.read(db, "allocation_pool_outcome", "scenario_id = " + scenario,
                        Map.of("scenario_id", v -> rawScenario)),
                Copy.read(db, "allocation_certificate", "scenario_id = " + scenario,
                        Map.of("scenario_id", v -> rawScenario)),
                Copy.read(db, "audit_record", "occurred_at >= " + since + " and id < " + RAW_ID_OFFSET,
                        Map.of("id", v -> (Long) v + offset)),
                Copy.read(db, "notification", "created_at >= " + since + " and id < " + RAW_ID_OFFSET,
                        Map.of("id", v -> (Long) v + offset)),
                Copy.read(db, "idempotency_record", "created_at >= " + since + " and id < " + RAW_ID_OFFSET,
                        Map.of("id", v -> (Long) v + offset, "idem_key", v -> v + "-raw" + n)));
    }

    /** Inserts the copies in one transaction and returns the milliseconds it took. */
    private static double insert(Connection db, List<Copy> copies) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        long start = System.nanoTime();
        for (Copy copy : copies) {
            copy.insert(db);
        }
        db.commit();
        double millis = Machine.millisSince(start);
        db.setAutoCommit(autoCommit);
        return millis;
    }

    /** Rows of one table as the application wrote them, to insert again with some columns replaced. */
    private record Copy(String table, List<String> columns, List<Object[]> rows) {

        static Copy read(Connection db, String table, String where, Map<String, UnaryOperator<Object>> replace)
                throws SQLException {
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select * from " + table + " where " + where)) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        Object value = rs.getObject(i + 1);
                        UnaryOperator<Object> change = replace.get(columns.get(i));
                        row[i] = change == null ? value : change.apply(value);
                    }
                    rows.add(row);
                }
            }
            return new Copy(table, columns, rows);
        }

        void insert(Connection db) throws SQLException {
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == RAW_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}
