package org.usrok.fund.bench.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.usrok.fund.bench.server.BenchDatabase;
import org.usrok.fund.bench.server.BenchRound;
import org.usrok.fund.bench.server.FundApi;
import org.usrok.fund.bench.server.Machine;

/**
 * B4 (docs/performance.md): one page of the officers' claim queue (20 rows, newest first,
 * with its total, what the portal's lazy table shows) over 1,000,000 claims, fetched from the
 * running server's API ({@code GET /claims}, the same {@code ClaimService.list} the portal's
 * {@code ClaimQueueView} pages through) against the raw SQL that gives the same page and total.
 * Each figure is the median of 20 timed calls after 5 untimed ones. Target: the application at
 * most 3 times the raw time.
 *
 * <p>The claims are seeded once, by SQL, into a round named "B4 claim queue": statuses spread over
 * all seven (a tenth drafts, which officers never see), countries over the demo's four companies.
 * Run against a server started by bench/server.sh: {@code java -cp bench/target/benchmarks.jar
 * org.usrok.fund.bench.queue.ClaimQueueBench}.
 */
public final class ClaimQueueBench {

    private static final int CLAIMS = 1_000_000;
    private static final int WARM_UP = 5;
    private static final int TIMED = 20;
    private static final String STATUS_BY_G = "(array['DRAFT','SUBMITTED','SUBMITTED','SUBMITTED','IN_REVIEW','REVIEWED',"
            + "'APPROVED','APPROVED','REJECTED','RETURNED'])[g % 10 + 1]";
    private static final String RAW_FROM = " from diversification_claim c where c.country = ? and c.status <> 'DRAFT'";

    private ClaimQueueBench() {
    }

    /** One filter of the queue: the API's query string and the raw SQL's extra condition and parameter. */
    private record Filter(String name, String query, String rawCondition, String status) {
    }

    public static void main(String[] args) throws SQLException {
        FundApi api = FundApi.fromSystemProperties();
        try (Connection db = BenchDatabase.connect()) {
            long seeded = BenchDatabase.longValue(db, "select count(*) from diversification_claim c join funding_round r "
                    + "on r.id = c.round_id where r.name_en = 'B4 claim queue'");
            if (seeded == 0) {
                long round = BenchRound.closedRound(api, "B4 claim queue");
                long start = System.nanoTime();
                BenchRound.insertClaims(db, round, round * 10_000_000L, CLAIMS, STATUS_BY_G);
                BenchDatabase.execute(db, "vacuum analyze diversification_claim");
                System.out.printf("B4: seeded %,d claims in %.0f s%n", CLAIMS, Machine.millisSince(start) / 1000);
            }
            long total = BenchDatabase.longValue(db, "select count(*) from diversification_claim");
            System.out.printf("B4: %,d claims in the database; %s%n", total, Machine.describe());
            List<Filter> filters = List.of(
                    new Filter("U.S. officer's default view (country US, any status but draft)", "country=US", "", null),
                    new Filter("country US, status SUBMITTED", "country=US&status=SUBMITTED", " and c.status = ?",
                            "SUBMITTED"));
            for (Filter filter : filters) {
                String path = "claims?" + filter.query() + "&page=0&size=20";
                List<Double> app = new ArrayList<>();
                String page = null;
                for (int i = 0; i < WARM_UP + TIMED; i++) {
                    long start = System.nanoTime();
                    page = api.get("us.officer1", path);
                    if (i >= WARM_UP) {
                        app.add(Machine.millisSince(start));
                    }
                }
                String appLoad = Machine.loadAverage();
                List<Double> raw = new ArrayList<>();
                long rawTotal = 0;
                long rawFirst = 0;
                for (int i = 0; i < WARM_UP + TIMED; i++) {
                    long start = System.nanoTime();
                    long[] result = rawPage(db, filter);
                    if (i >= WARM_UP) {
                        raw.add(Machine.millisSince(start));
                    }
                    rawTotal = result[0];
                    rawFirst = result[1];
                }
                long appTotal = FundApi.number(page, "total");
                if (appTotal != rawTotal || !page.contains("\"id\":" + rawFirst) && !page.contains("\"id\": " + rawFirst)) {
                    throw new IllegalStateException("the API and the raw query disagree: total " + appTotal + " vs "
                            + rawTotal + ", first id " + rawFirst + " in " + page.substring(0, Math.min(300, page.length())));
                }
                double appMedian = Machine.median(app);
                double rawMedian = Machine.median(raw);
                System.out.printf("B4 %s: %,d matching; app median %.1f ms (load %s), raw median %.1f ms (load %s), "
                        + "ratio %.2f (target <= 3)%n", filter.name(), appTotal, appMedian, appLoad, rawMedian,
                        Machine.loadAverage(), appMedian / rawMedian);
            }
        }
    }

    /** The page and its total as hand-written SQL: returns {total, first id}. */
    private static long[] rawPage(Connection db, Filter filter) throws SQLException {
        long first = 0;
        try (PreparedStatement select = db.prepareStatement("select c.id, c.version, c.round_id, r.name_en, c.company_id,"
                + " co.legal_name, c.country, c.currency, c.title, c.status, c.claimed_minor, c.approved_minor,"
                + " c.submitted_at, c.reviewer, c.overdue_since from diversification_claim c"
                + " join funding_round r on r.id = c.round_id join company co on co.id = c.company_id"
                + " where c.country = ? and c.status <> 'DRAFT'" + filter.rawCondition()
                + " order by c.id desc limit 20 offset 0")) {
            bind(select, filter);
            try (ResultSet rs = select.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    if (rows++ == 0) {
                        first = rs.getLong(1);
                    }
                    for (int i = 1; i <= 15; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
        try (PreparedStatement count = db.prepareStatement("select count(*)" + RAW_FROM + filter.rawCondition())) {
            bind(count, filter);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), first};
            }
        }
    }

    private static void bind(PreparedStatement statement, Filter filter) throws SQLException {
        statement.setString(1, "US");
        if (filter.status() != null) {
            statement.setString(2, filter.status());
        }
    }
}
