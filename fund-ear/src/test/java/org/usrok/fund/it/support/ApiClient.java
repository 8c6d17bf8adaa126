package org.usrok.fund.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small HTTP client for the fund's JSON API, authenticating with HTTP Basic like any API client. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "fund-demo-2026";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String username;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private ApiClient(URI api, String username, String authorization) {
        this.api = api;
        this.username = username;
        this.authorization = authorization;
    }

    /** The portal's base URL, e.g. {@code http://127.0.0.1:8180/fund/}. */
    public static URI baseUrl() {
        return URI.create(System.getProperty("fund.it.base.url", "http://127.0.0.1:8180/fund/"));
    }

    public static ApiClient anonymous() {
        return new ApiClient(baseUrl().resolve("api/"), null, null);
    }

    public static ApiClient as(String username, String password) {
        return at(baseUrl(), username, password);
    }

    /** A client of the portal at {@code portal} (one node of a cluster, say) rather than {@link #baseUrl()}. */
    public static ApiClient at(URI portal, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(portal.resolve("api/"), username, "Basic " + token);
    }

    public static ApiClient demoAdmin() {
        return as("admin", DEMO_PASSWORD);
    }

    public ApiClient header(String name, String value) {
        ApiClient copy = new ApiClient(api, username, authorization);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** Creates a fresh account through the API as the demo administrator and returns a client acting as it. */
    public static ApiClient newUser(String prefix, String role, String country) {
        String username = prefix + "." + TestData.suffix();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", "http-test-password");
        body.put("displayName", "Test " + username);
        body.put("email", username + "@example.test");
        body.put("country", country);
        body.put("roles", Set.of(role));
        Reply reply = demoAdmin().post("users", body);
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + reply);
        }
        return as(username, "http-test-password");
    }

    /** The username this client signs in as, or null when anonymous. */
    public String username() {
        return username;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose body is kept as bytes (a ZIP, say), asking for the given media types. */
    public Download download(String path, String accept) {
        HttpRequest request = request(path).setHeader("Accept", accept).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, Object body) {
        return postRaw(path, body == null ? "" : JSONB.toJson(body), "application/json");
    }

    public Reply postRaw(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSONB.toJson(body), StandardCharsets.UTF_8)));
    }

    /**
     * POSTs raw bytes, e.g. a file upload, over HTTP/1.1; {@code expectContinue} lets the server
     * refuse a large body before it is sent (over an upgraded HTTP/2 connection the server's early
     * refusal ends the whole connection instead).
     */
    public Reply postBytes(String path, byte[] body, String contentType, boolean expectContinue) {
        return send(request(path).header("Content-Type", contentType).expectContinue(expectContinue)
                .version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GETs a binary resource, e.g. an attachment's content. */
    public Download download(String path) {
        HttpRequest.Builder builder = request(path).setHeader("Accept", "*/*").GET();
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and bytes of a binary response. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Status, headers and body of a response. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }
    }
}
