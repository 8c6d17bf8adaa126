package org.usrok.fund.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fund's JSON API as the demo users (password {@code fund-demo-2026}) call it. */
public final class FundApi {

    private static final String PASSWORD = "fund-demo-2026";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public FundApi(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** {@code -Dfund.bench.api=...}, default the server of scripts/server.sh: http://127.0.0.1:8780/fund/api/ */
    public static FundApi fromSystemProperties() {
        return new FundApi(System.getProperty("fund.bench.api", "http://127.0.0.1:8780/fund/api/"));
    }

    public String get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    /** A POST with a fresh Idempotency-Key, expecting 200 or 201. */
    public String post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)), 0);
    }

    private String send(String user, HttpRequest.Builder request, int expected) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials)
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (expected == 0 ? status != 200 && status != 201 : status != expected) {
                throw new IllegalStateException(request.build().uri() + " answered " + status + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the server did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first number named {@code field} in a JSON text (the top-level one comes first in our answers only for id and version). */
    public static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json.substring(0, Math.min(400, json.length())));
        }
        return Long.parseLong(m.group(1));
    }
}
