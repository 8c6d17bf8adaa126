package org.usrok.fund.it.api;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.FundDeployment;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to every operation of the served OpenAPI document, as every role and as nobody:
 * junk path and query values, malformed and mistyped bodies, wrong content types and idempotency
 * keys. No answer may be a server error, every refusal is a problem document, and when every request
 * to an operation was refused, they wrote nothing: no table gained or lost a row, and the audit
 * trail gained only records of refused attempts. Runs inside the server, so it can count the rows;
 * the requests go over HTTP like any client's. {@code fund.fuzz.requests} sets the number of
 * requests (2,000 in CI; the build passes it to the server), {@code fund.fuzz.seed} the generator's
 * seed, so a failure can be replayed.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiFuzzIT {

    private static final List<String> JUNK_VALUES = List.of("0", "-1", "9223372036854775808", "abc", "1.5", " ",
            "' OR '1'='1", "../../etc/passwd", "<script>alert(1)</script>", "x".repeat(300), "한국어", "null", "{}",
            "%", "2026-02-30", "true", "", "-0", "1e3", "\u0000");
    private static final List<String> JUNK_BODIES = List.of("", "{", "[]", "null", "\"x\"", "{}", "42",
            "{\"unknownProperty\":1}", "{\"expectedVersion\":\"x\"}", "{\"expectedVersion\":-1}",
            "{\"amount\":\"1e400\",\"currency\":\"XXX\"}", "{\"reason\":\"" + "가".repeat(5000) + "\"}",
            "[".repeat(5000), "{\"a\":" + "[".repeat(3000) + "]}", "{\"name\":null,\"roles\":[\"GOD\"]}",
            "{\"receivedOn\":\"2026-13-01\",\"amount\":-5}", "\uFEFF{}", "{\"lines\":[{}]}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "text/plain", "application/xml", "application/octet-stream",
            "application/json; charset=ISO-8859-1");

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(OpenApiFuzzIT.class);
    }

    /** The schema owner's datasource: the runtime user may not read every table, and counting needs them all. */
    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
    DataSource database;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyOperationAnswersHostileRequestsWithoutServerErrorsAndRefusalsWriteNothing()
            throws IOException, InterruptedException, SQLException {
        int requests = Integer.getInteger("fund.fuzz.requests", 2000);
        long seed = Long.getLong("fund.fuzz.seed", 20261207L);
        Random random = new Random(seed);
        List<Operation> operations = servedOperations();
        List<String> callers = new ArrayList<>();
        callers.add(null);
        for (String[] role : List.of(new String[] {"ADMIN", "US"}, new String[] {"AUDITOR", "US"},
                new String[] {"OFFICER_US", "US"}, new String[] {"OFFICER_KR", "KR"}, new String[] {"COMPANY", "US"})) {
            ApiClient user = ApiClient.newUser("fuzz", role[0], role[1]);
            callers.add("Basic " + Base64.getEncoder().encodeToString(
                    (user.username() + ":http-test-password").getBytes(StandardCharsets.UTF_8)));
        }

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int perOperation = Math.max(1, requests / operations.size());
        for (Operation operation : operations) {
            Map<String, Long> before = rowCounts();
            long lastAudit = lastAuditId();
            boolean changedSomething = false;
            for (int i = 0; i < perOperation; i++) {
                HttpRequest request = hostile(operation, callers.get(random.nextInt(callers.size())), random);
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                sent++;
                int status = response.statusCode();
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (status >= 500) {
                    failures.add(status + " for " + describe(request) + ": " + abbreviate(response.body()));
                } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(status + " without a problem document (" + type + ") for " + describe(request));
                } else if (status < 300) {
                    changedSomething = true; // an accepted request may write (an export writes a checkpoint)
                }
            }
            if (!changedSomething) {
                Map<String, Long> after = rowCounts();
                if (!after.equals(before)) {
                    failures.add("refused requests to " + operation + " changed row counts: " + before + " -> " + after);
                }
                long written = auditRecordsSince(lastAudit, "DONE");
                if (written > 0) {
                    failures.add("refused requests to " + operation + " wrote " + written + " audit records of changes");
                }
            }
        }
        assertThat(sent).as("requests sent (seed " + seed + ")").isGreaterThanOrEqualTo(Math.min(requests, 1000));
        assertThat(failures).as("defects found with seed " + seed).isEmpty();
    }

    private record Operation(String method, String path, List<String> queryParameters) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Operation> servedOperations() throws IOException, InterruptedException {
        HttpResponse<String> served = http.send(HttpRequest.newBuilder(ApiClient.baseUrl().resolve("/openapi?format=JSON"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        JsonObject paths = Json.createReader(new StringReader(served.body())).readObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                List<String> query = new ArrayList<>();
                JsonValue parameters = operation.asJsonObject().get("parameters");
                if (parameters instanceof jakarta.json.JsonArray list) {
                    list.getValuesAs(JsonObject.class).stream()
                            .filter(p -> "query".equals(p.getString("in", "")))
                            .forEach(p -> query.add(p.getString("name")));
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, query));
            }
        }));
        assertThat(operations).as("operations in the served OpenAPI document").hasSizeGreaterThan(50);
        return operations;
    }

    private static HttpRequest hostile(Operation operation, String authorization, Random random) {
        String path = operation.path().replaceAll("\\{[^}]*}", "%s");
        Object[] values = new Object[operation.path().split("\\{", -1).length - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = encode(pick(JUNK_VALUES, random));
        }
        StringBuilder uri = new StringBuilder(ApiClient.baseUrl().resolve("/").toString())
                .append(String.format(path, values).substring(1));
        String separator = "?";
        for (String name : operation.queryParameters()) {
            if (random.nextBoolean()) {
                uri.append(separator).append(encode(name)).append('=').append(encode(pick(JUNK_VALUES, random)));
                separator = "&";
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json, */*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (random.nextInt(4) == 0) {
            request.header("Idempotency-Key", random.nextBoolean() ? "k".repeat(200) : "key with spaces " + random.nextInt());
        }
        if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
            return request.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        request.header("Content-Type", pick(CONTENT_TYPES, random));
        byte[] body = random.nextInt(10) == 0 ? new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{'}
                : pick(JUNK_BODIES, random).getBytes(StandardCharsets.UTF_8);
        return request.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** The number of rows of every table but the audit trail, which records refusals by design. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables of the schema").hasSizeGreaterThan(20);
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    if (table.equalsIgnoreCase("audit_record")) {
                        continue;
                    }
                    String quote = meta.getIdentifierQuoteString();
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + quote + table + quote)) {
                        rs.next();
                        counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private long lastAuditId() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long auditRecordsSince(long id, String outcome) throws SQLException {
        try (Connection connection = database.getConnection();
             var statement = connection.prepareStatement("select count(*) from audit_record where id > ? and outcome = ?")) {
            statement.setLong(1, id);
            statement.setString(2, outcome);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
