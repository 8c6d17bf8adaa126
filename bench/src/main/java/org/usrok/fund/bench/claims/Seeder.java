package org.usrok.fund.bench.claims;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Seeds what B1 files claims under, through the public API only, as an administrator and the
 * officers it creates (so every rule, audit record and notification is the real one): three
 * officers (two U.S., one ROK), a round whose application and claim windows are open now,
 * signed off by both governments, and {@code companies} U.S. company users, each with a verified
 * company and an approved application in that round. Every run creates fresh names, so runs
 * never collide with each other or with the demo data.
 */
final class Seeder {

    static final String PASSWORD = "bench-password-2026";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] EIN_PREFIXES = {"10", "12", "20", "27", "30", "46", "54", "61", "80", "94"};

    /** A company user and the approved application its claims are filed under. */
    record Filer(String username, long applicationId) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final FundApi admin;
    private final String run = suffix();

    Seeder(HttpClient http, String baseUrl, String adminUser, String adminPassword) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.admin = new FundApi(http, baseUrl, adminUser, adminPassword);
    }

    List<Filer> seed(int companies) {
        FundApi drafter = user("b1." + run + ".us1", "OFFICER_US", "US");
        FundApi usSigner = user("b1." + run + ".us2", "OFFICER_US", "US");
        FundApi krSigner = user("b1." + run + ".kr1", "OFFICER_KR", "KR");
        long roundId = drafter.require(201, "/rounds", roundJson());
        usSigner.require(200, "/rounds/" + roundId + "/sign-off", "{}");
        krSigner.require(200, "/rounds/" + roundId + "/sign-off", "{}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Filer>> pending = new ArrayList<>();
            for (int i = 0; i < companies; i++) {
                String username = "b1." + run + ".c" + i;
                pending.add(pool.submit(() -> filer(username, roundId, drafter, usSigner)));
            }
            List<Filer> filers = new ArrayList<>();
            for (Future<Filer> f : pending) {
                filers.add(f.get());
            }
            return filers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Filer filer(String username, long roundId, FundApi verifier, FundApi reviewer) {
        FundApi company = user(username, "COMPANY", "US");
        long companyId = company.require(201, "/companies", companyJson());
        verifier.require(200, "/companies/" + companyId + "/verification", "{}");
        long applicationId = company.require(201, "/applications", applicationJson(roundId));
        company.require(200, "/applications/" + applicationId + "/submission", "{}");
        reviewer.require(200, "/applications/" + applicationId + "/review", "{}");
        reviewer.require(200, "/applications/" + applicationId + "/decision", "{\"decision\":\"APPROVE\"}");
        return new Filer(username, applicationId);
    }

    private FundApi user(String username, String role, String country) {
        admin.require(201, "/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Benchmark " + username + "\",\"email\":\"" + username + "@example.test\","
                + "\"country\":\"" + country + "\",\"roles\":[\"" + role + "\"]}");
        return new FundApi(http, baseUrl, username, PASSWORD);
    }

    private String roundJson() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return "{\"nameEn\":\"Benchmark round " + run + "\",\"nameKo\":\"벤치마크 " + run + "\","
                + "\"applicationOpensAt\":\"" + now.minusDays(10) + "\",\"applicationClosesAt\":\"" + now.plusDays(30) + "\","
                + "\"claimOpensAt\":\"" + now.minusDays(1) + "\",\"claimClosesAt\":\"" + now.plusDays(60) + "\","
                + "\"displayZone\":\"Asia/Seoul\",\"eligibleSharePercent\":\"50\","
                + "\"usContribution\":\"1000000.00\",\"usPledgedOn\":\"" + LocalDate.now() + "\","
                + "\"krContribution\":\"1300000000\",\"krPledgedOn\":\"" + LocalDate.now() + "\","
                + "\"materials\":[\"GRAPHITE\",\"LITHIUM\"],"
                + "\"costCategories\":[\"PRICE_DIFFERENTIAL\",\"SUPPLIER_QUALIFICATION\",\"LOGISTICS_REROUTING\"]}";
    }

    private static String companyJson() {
        return "{\"legalName\":\"Benchmark Graphite " + suffix() + " Inc.\",\"country\":\"US\",\"ein\":\"" + ein() + "\","
                + "\"street\":\"1 Mine Road\",\"city\":\"Reno\",\"region\":\"NV\",\"postalCode\":\"89501\","
                + "\"industrySector\":\"MINING_AND_PROCESSING\",\"contactName\":\"Pat Doe\","
                + "\"contactEmail\":\"pat@example.com\"}";
    }

    private static String applicationJson(long roundId) {
        return "{\"roundId\":" + roundId + ",\"plan\":{\"summary\":\"Move graphite supply away from a single source\","
                + "\"startsOn\":\"" + LocalDate.now().minusDays(30) + "\",\"endsOn\":\"" + LocalDate.now().plusYears(2) + "\","
                + "\"materials\":[\"GRAPHITE\"],"
                + "\"currentSources\":[{\"country\":\"CN\",\"supplier\":\"Single Source Co.\",\"sharePercent\":\"90\"}],"
                + "\"targetSources\":[{\"country\":\"AU\",\"supplier\":\"Southern Graphite Pty\",\"sharePercent\":\"40\"},"
                + "{\"country\":\"CA\",\"supplier\":\"Northern Graphite Inc.\",\"sharePercent\":\"30\"}]}}";
    }

    private static String ein() {
        StringBuilder s = new StringBuilder(EIN_PREFIXES[RANDOM.nextInt(EIN_PREFIXES.length)]).append('-');
        for (int i = 0; i < 7; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    static String suffix() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }
}
