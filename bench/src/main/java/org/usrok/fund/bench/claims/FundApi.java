package org.usrok.fund.bench.claims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The fund's JSON API as one user sees it: HTTP Basic on every request, JSON bodies written as
 * text. Ids of created resources are read from the {@code Location} header, so the benchmark
 * needs no JSON parser.
 */
final class FundApi {

    /** One answer: status, body and the created resource's id (from Location), if any. */
    record Answer(int status, String body, Long createdId) {
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    FundApi(HttpClient http, String baseUrl, String username, String password) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Answer post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Long id = response.headers().firstValue("Location")
                    .map(location -> Long.valueOf(location.substring(location.lastIndexOf('/') + 1)))
                    .orElse(null);
            return new Answer(response.statusCode(), response.body(), id);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), null);
        }
    }

    /** POSTs and requires the expected status; returns the created id (or null for an action). */
    Long require(int expectedStatus, String path, String json) {
        Answer answer = post(path, json, null);
        if (answer.status() != expectedStatus) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.createdId();
    }
}
