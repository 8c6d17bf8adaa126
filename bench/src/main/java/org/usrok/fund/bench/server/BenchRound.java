package org.usrok.fund.bench.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A round made for one benchmark run: drafted, signed off, funded and closed for claims through
 * the API (so its pledges and receipts are in the ledger as the fund books them), then filled
 * with generated claims by SQL, which is how 100,000 or 1,000,000 claims get there in seconds.
 * The claims belong to the demo's approved applications (two U.S. and two Korean companies).
 */
public final class BenchRound {

    private BenchRound() {
    }

    /** A new round, {@code CLAIMS_CLOSED}, with USD 2,000,000.00 and KRW 2,600,000,000 received. */
    public static long closedRound(FundApi api, String name) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String round = api.post("us.officer1", "rounds", """
                {"nameEn":"%s","nameKo":"%s","applicationOpensAt":"%s","applicationClosesAt":"%s",
                 "claimOpensAt":"%s","claimClosesAt":"%s","displayZone":"Asia/Seoul","eligibleSharePercent":"50",
                 "usContribution":"5000000.00","usPledgedOn":"%s","krContribution":"6500000000","krPledgedOn":"%s",
                 "materials":["GRAPHITE"],"costCategories":["PRICE_DIFFERENTIAL","SUPPLIER_QUALIFICATION"]}"""
                .formatted(name, name, now.minusDays(4), now.minusDays(3), now.minusDays(2), now.minusDays(1), today,
                        today));
        long id = FundApi.number(round, "id");
        api.post("us.officer2", "rounds/" + id + "/sign-off", "{}");
        api.post("kr.officer1", "rounds/" + id + "/sign-off", "{}");
        api.post("us.officer2", "rounds/" + id + "/contributions/receipts",
                "{\"government\":\"US\",\"amount\":\"2000000.00\",\"receivedOn\":\"" + today
                        + "\",\"bankReference\":\"BENCH-US-" + id + "\"}");
        api.post("kr.officer1", "rounds/" + id + "/contributions/receipts",
                "{\"government\":\"KR\",\"amount\":\"2600000000\",\"receivedOn\":\"" + today
                        + "\",\"bankReference\":\"BENCH-KR-" + id + "\"}");
        api.post("us.officer1", "rounds/" + id + "/claims-closure", "{}");
        return id;
    }

    /**
     * Inserts {@code count} claims into the round with ids from {@code firstId}, spread over the
     * demo's approved applications; {@code statusExpression} is SQL over the series number
     * {@code g} (e.g. {@code 'APPROVED'}). Amounts are random but repeatable (setseed).
     */
    public static void insertClaims(Connection db, long roundId, long firstId, int count, String statusExpression)
            throws SQLException {
        BenchDatabase.execute(db, "select setseed(0.2026)");
        int inserted = BenchDatabase.update(db, """
                insert into diversification_claim (id, version, round_id, application_id, company_id, country, currency,
                    title, status, claimed_minor, approved_minor, submitted_at, reviewer, reviewed_at, approver, decided_at,
                    created_at, created_by, updated_at, updated_by)
                select %d + g, 0, %d, a.id, a.company_id, a.country, case when a.country = 'US' then 'USD' else 'KRW' end,
                    'Benchmark claim ' || g, s.status, amt.claimed, amt.claimed - amt.claimed / 10,
                    now() - (g || ' seconds')::interval, null, null, null, null, now(), 'bench', now(), 'bench'
                from generate_series(0, %d) g
                join (select id, company_id, country, (row_number() over (order by id) - 1) as n
                      from fund_application where status = 'APPROVED' and id in (
                          select min(id) from fund_application where status = 'APPROVED' group by company_id)) a
                  on a.n = g %% (select count(distinct company_id) from fund_application where status = 'APPROVED')
                cross join lateral (select (%s) as status) s
                cross join lateral (select case when a.country = 'US' then 100000 + (random() * 50000000)::bigint
                                           else 1000000 + (random() * 700000000)::bigint end as claimed) amt
                """.formatted(firstId, roundId, count - 1, statusExpression));
        if (inserted != count) {
            throw new IllegalStateException("inserted " + inserted + " claims, not " + count);
        }
        BenchDatabase.execute(db, "analyze diversification_claim");
    }
}
