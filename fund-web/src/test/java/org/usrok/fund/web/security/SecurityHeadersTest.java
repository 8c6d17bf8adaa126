package org.usrok.fund.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every response gets the headers, and keeps exactly one Content-Security-Policy: the last one set. */
class SecurityHeadersTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    /** A response that only records its headers, as the container would send them. */
    private HttpServletResponse recordingResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                .add((String) args[1]);
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> null);
    }

    @Test
    void aResponseNobodyAddsToIsLockedDown() throws IOException, ServletException {
        new SecurityHeaders().doFilter(request(), recordingResponse(), (req, res) -> { });

        assertThat(headers).containsEntry("Content-Security-Policy", List.of(SecurityHeaders.LOCKED_DOWN))
                .containsEntry("X-Frame-Options", List.of("DENY"))
                .containsEntry("X-Content-Type-Options", List.of("nosniff"))
                .containsEntry("Referrer-Policy", List.of("same-origin"));
        assertThat(SecurityHeaders.LOCKED_DOWN).startsWith("default-src 'none';").contains("frame-ancestors 'none'");
    }

    @Test
    void aPagesOwnPolicyReplacesTheDefaultAndOtherHeadersStillAddUp() throws IOException, ServletException {
        new SecurityHeaders().doFilter(request(), recordingResponse(), (req, res) -> {
            HttpServletResponse page = (HttpServletResponse) res;
            page.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");
            page.addHeader("Set-Cookie", "a=1");
            page.addHeader("Set-Cookie", "b=2");
        });

        assertThat(headers.get("Content-Security-Policy")).containsExactly("script-src 'self' 'nonce-abc';");
        assertThat(headers.get("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    }
}
