package org.usrok.fund.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * A client test's way to have its {@link ServerFixture} run inside the server ({@link FixtureServlet}),
 * so that it builds its own data in its own method instead of receiving it from an earlier test.
 * The test's deployment must be {@link FundDeployment#withTests} of the test class.
 */
public final class RemoteFixtures {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RemoteFixtures() {
    }

    /** Runs the fixture in the server and answers its properties. */
    public static Properties build(Class<? extends ServerFixture> fixture) {
        return build(fixture, Map.of());
    }

    /** Runs the fixture in the server with the parameters (query parameters) and answers its properties. */
    public static Properties build(Class<? extends ServerFixture> fixture, Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(ApiClient.baseUrl().resolve("it-fixtures/" + fixture.getName() + query))
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(fixture.getName() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Properties answer = new Properties();
            answer.load(new StringReader(response.body()));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
