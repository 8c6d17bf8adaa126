package org.usrok.fund.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session on the portal spoken to in plain HTTP: its own cookie jar, form posts as a
 * browser sends them (without JavaScript), and the pieces of a page a forged request would need
 * (view state, links). For tests of what the server does with requests a real browser would not
 * send, such as a form post replayed in another session.
 */
public final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    /** A session signed in through the sign-in page's form. */
    public static PortalSession signedIn(String username, String password) {
        PortalSession session = new PortalSession();
        Page login = session.get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", login.viewState());
        Page home = session.post("login.xhtml", form);
        if (!home.body().contains("menuForm:logout")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + home.status());
        }
        return session;
    }

    /** A session without any cookie yet, as a stranger's browser. */
    public static PortalSession anonymous() {
        return new PortalSession();
    }

    public Page get(String pathBelowPortal) {
        return send(HttpRequest.newBuilder(ApiClient.baseUrl().resolve(pathBelowPortal)).GET());
    }

    /** A form post as {@code application/x-www-form-urlencoded}, fields in the given order. */
    public Page post(String pathBelowPortal, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI target = ApiClient.baseUrl().resolve(pathBelowPortal);
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", target.getScheme() + "://" + target.getAuthority())
                .header("Referer", target.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response as the session received it (after redirects). */
    public record Page(int status, URI uri, Map<String, List<String>> headers, String body) {

        /** The page's Faces view state (the CSRF token of its forms). */
        public String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no view state in " + uri);
            }
            return matcher.group(1);
        }

        /** The script nonce of the page's view (its policy's), which PrimeFaces requires on every post from it. */
        public String nonce() {
            Matcher matcher = Pattern.compile("'nonce-([^']+)'").matcher(String.valueOf(header("Content-Security-Policy")));
            if (!matcher.find()) {
                throw new IllegalStateException("no nonce in the policy of " + uri);
            }
            return matcher.group(1);
        }

        /** The first link on the page to {@code path}, as the page wrote it (with its token), below the portal. */
        public String link(String path) {
            Matcher matcher = Pattern.compile("href=\"[^\"]*?/fund/(" + Pattern.quote(path) + "[^\"]*)\"").matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no link to " + path + " in " + uri);
            }
            return matcher.group(1).replace("&amp;", "&");
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
