package org.usrok.fund.bench.claims;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * B1 (docs/performance.md): {@code POST /api/claims} with two lines and an Idempotency-Key, as
 * company users, over {@code connections} concurrent HTTP connections to a running server on
 * PostgreSQL, (a) all as one company, (b) spread over {@code companies} companies; and (c) raw
 * JDBC writing the same rows on the same database over as many connections. Ratio = app / raw.
 * Every non-201 answer is an error; any error fails the run (exit status 1).
 *
 * <p>Arguments ({@code key=value}, all optional): {@code url} (the API, default
 * {@code http://127.0.0.1:8080/fund/api}), {@code admin}, {@code adminPassword} (an administrator:
 * the demo's by default), {@code jdbcUrl}, {@code jdbcUser}, {@code jdbcPassword} (the same
 * database, as the runtime user), {@code connections} (32), {@code companies} (50),
 * {@code warmup} and {@code seconds} (10 and 30 per run), {@code runs} (any of {@code a,b,c}),
 * {@code serverWarmup} (180: seconds of unmeasured filing as (b) before the runs, because a freshly
 * started server's JIT compiler needs minutes of this load before its figures are those of a server
 * that has been running: 140-160 claims/s after 20 s, about 460 after five minutes, on the machine of
 * docs/performance.md; 0 skips it).
 */
public final class ClaimWriteBenchmark {

    private ClaimWriteBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>(Map.of(
                "url", "http://127.0.0.1:8080/fund/api", "admin", "admin", "adminPassword", "fund-demo-2026",
                "jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/fund", "jdbcUser", "fund_app", "jdbcPassword", "fund-app",
                "connections", "32", "companies", "50", "warmup", "10", "seconds", "30"));
        options.put("runs", "a,b,c");
        options.put("serverWarmup", "180");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1 || !options.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + options.keySet());
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String url = options.get("url");
        int connections = Integer.parseInt(options.get("connections"));
        int companies = Integer.parseInt(options.get("companies"));
        int warmup = Integer.parseInt(options.get("warmup"));
        int seconds = Integer.parseInt(options.get("seconds"));
        Set<String> runs = Set.of(options.get("runs").split(","));

        HttpClient http = FundApi.client();
        System.out.printf("B1: seeding %d companies through %s ...%n", companies, url);
        long seedStart = System.nanoTime();
        List<Seeder.Filer> filers = new Seeder(http, url, options.get("admin"), options.get("adminPassword"))
                .seed(companies);
        System.out.printf("B1: seeded in %.1f s%n", (System.nanoTime() - seedStart) / 1e9);
        List<FundApi> apis = new ArrayList<>();
        for (Seeder.Filer f : filers) {
            apis.add(new FundApi(http, url, f.username(), Seeder.PASSWORD));
        }
        FundApi.Answer sample = fileClaim(apis.get(0), filers.get(0));
        if (sample.status() != 201) {
            throw new IllegalStateException("POST /claims answered " + sample.status() + ": " + sample.body());
        }

        Load.Operation spread = (worker, seq) -> {
            int i = (int) (seq % filers.size());
            return fileClaim(apis.get(i), filers.get(i)).status() == 201;
        };
        int serverWarmup = Integer.parseInt(options.get("serverWarmup"));
        long errors = 0;
        if (serverWarmup > 0 && (runs.contains("a") || runs.contains("b"))) {
            System.out.printf("B1: warming the server up for %d s (filing as (b), not measured) ...%n", serverWarmup);
            Load.Result warm = Load.run("server warm-up", connections, 0, serverWarmup, spread);
            System.out.printf("B1: warm-up filed %d claims, %.1f/s, %d errors%n", warm.operations(), warm.perSecond(),
                    warm.errors());
            errors += warm.errors();
        }

        List<Load.Result> results = new ArrayList<>();
        if (runs.contains("a")) {
            results.add(Load.run("(a) POST /api/claims, one company", connections, warmup, seconds,
                    (worker, seq) -> fileClaim(apis.get(0), filers.get(0)).status() == 201));
        }
        if (runs.contains("b")) {
            results.add(Load.run("(b) POST /api/claims, " + companies + " companies", connections, warmup, seconds,
                    spread));
        }
        if (runs.contains("c")) {
            results.add(raw(options, filers, sample.body(), connections, warmup, seconds));
        }

        System.out.println();
        System.out.println(Load.Result.header());
        results.forEach(r -> System.out.println(r.row()));
        Load.Result raw = results.stream().filter(r -> r.name().startsWith("(c)")).findFirst().orElse(null);
        for (Load.Result r : results) {
            errors += r.errors();
            if (raw != null && r != raw) {
                double ratio = r.perSecond() / raw.perSecond();
                System.out.printf("%s: ratio app/raw = %.3f (target >= 0.333: %s), p99 %.1f ms (target < 100: %s)%n",
                        r.name(), ratio, ratio >= 1.0 / 3 ? "met" : "NOT met", r.p99Millis(),
                        r.p99Millis() < 100 ? "met" : "NOT met");
            }
        }
        if (errors > 0) {
            System.out.println("B1 FAILED: " + errors + " errors (0 required)");
            System.exit(1);
        }
    }

    private static Load.Result raw(Map<String, String> options, List<Seeder.Filer> filers, String json,
                                   int connections, int warmup, int seconds) throws SQLException {
        String url = options.get("jdbcUrl");
        String user = options.get("jdbcUser");
        String password = options.get("jdbcPassword");
        List<RawJdbcClaims.Target> targets = new ArrayList<>();
        for (Seeder.Filer f : filers) {
            targets.add(RawJdbcClaims.target(url, user, password, f.username(), f.applicationId()));
        }
        List<RawJdbcClaims> writers = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                writers.add(new RawJdbcClaims(url, user, password, json));
            }
            return Load.run("(c) raw JDBC, same rows, " + filers.size() + " companies", connections, warmup, seconds,
                    (worker, seq) -> writers.get(worker).file(targets.get((int) (seq % targets.size()))));
        } finally {
            for (RawJdbcClaims w : writers) {
                w.close();
            }
        }
    }

    private static FundApi.Answer fileClaim(FundApi api, Seeder.Filer filer) {
        LocalDate today = LocalDate.now();
        String body = "{\"applicationId\":" + filer.applicationId() + ",\"title\":\"Benchmark claim\",\"lines\":["
                + "{\"category\":\"PRICE_DIFFERENTIAL\",\"description\":\"Graphite from the new source\","
                + "\"periodStartsOn\":\"" + today.minusDays(40) + "\",\"periodEndsOn\":\"" + today.minusDays(10) + "\","
                + "\"oldUnitPrice\":\"10.00\",\"newUnitPrice\":\"12.50\",\"quantity\":\"1000\"},"
                + "{\"category\":\"SUPPLIER_QUALIFICATION\",\"description\":\"Qualification audit\","
                + "\"periodStartsOn\":\"" + today.minusDays(40) + "\",\"periodEndsOn\":\"" + today.minusDays(39) + "\","
                + "\"amount\":\"4000.00\"}]}";
        return api.post("/claims", body, UUID.randomUUID().toString());
    }
}
