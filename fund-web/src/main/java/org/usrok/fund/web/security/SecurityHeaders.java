package org.usrok.fund.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers of every response: pages, API answers and problems, static resources and
 * downloads.
 * <ul>
 *   <li>{@code Content-Security-Policy}: {@value #LOCKED_DOWN} for everything that is not a page
 *       (nothing a browser could render from it may run or load anything). A portal page gets the
 *       policy PrimeFaces writes with its CSP support on ({@code primefaces.CSP} in web.xml): its
 *       own scripts by {@code 'self'} and a per-view nonce, no inline handler and no eval. The page's
 *       header replaces this filter's, and so does the stricter one of an attachment download.</li>
 *   <li>{@code X-Frame-Options: DENY} (and {@code frame-ancestors 'none'} in both policies): no
 *       page is shown in another site's frame.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes the declared type, never guesses
 *       one from the bytes.</li>
 *   <li>{@code Referrer-Policy: same-origin}: addresses (which carry ids and CSRF tokens of
 *       protected views) never leave for another site; the portal's own requests keep the
 *       {@code Referer} that Faces checks on protected views.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, LOCKED_DOWN);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Keeps one Content-Security-Policy: a later one (a page's, a download's) replaces the default. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
