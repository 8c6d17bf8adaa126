package org.usrok.fund.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The page a signed-out user asked for, carried through the sign-in page as {@code ?next=} and
 * opened after a successful sign-in. Only a path inside this application is accepted (no scheme,
 * host, {@code //}, backslash, dot segment or control character), so the parameter can never
 * send anyone to another site.
 */
public final class ReturnTarget {

    /** The sign-in page's query parameter. */
    public static final String PARAMETER = "next";
    private static final int MAX_LENGTH = 2048;

    private ReturnTarget() {
    }

    /** The requested path below the context path, with its query string. */
    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * {@code next} if it names a portal page of this application (a path below the context
     * path, e.g. {@code /officer/claims.xhtml?round=3}); empty otherwise.
     */
    public static Optional<String> sanitize(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")
                || next.startsWith("//") || next.indexOf('\\') >= 0 || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null || path == null
                || !path.equals(uri.normalize().getPath()) || path.contains("/../") || path.endsWith("/..")
                || path.startsWith("/api/") || path.equals(FundAuthenticationMechanism.LOGIN_PAGE)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /**
     * Whether {@code target} is the start page ({@code /} or {@code /index.xhtml}), where signing
     * in leads anyway: nothing in particular was asked for, so the sign-in page does not say so.
     */
    public static boolean isStartPage(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        return path.equals("/") || path.equals("/index.xhtml");
    }
}
