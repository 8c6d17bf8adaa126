package org.usrok.fund.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.usrok.fund.web.security.FundAuthenticationMechanism;

/**
 * Every API endpoint needs an authenticated caller: a call without valid HTTP Basic credentials
 * is answered 401 with a {@code WWW-Authenticate} challenge and a problem document. (The services
 * check the caller's roles again.) A username locked after repeated failures is answered 429.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    @Inject
    ProblemFactory problems;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        if (servletRequest.getAttribute(FundAuthenticationMechanism.SIGN_IN_LOCKED) != null) {
            request.abortWith(problems.simple("sign-in-locked", Response.Status.TOO_MANY_REQUESTS,
                            ProblemFactory.locale(request.getAcceptableLanguages()), "error.signInLocked")
                    .at(request.getUriInfo().getRequestUri().getPath()).toResponse());
            return;
        }
        boolean refused = servletRequest.getAttribute(FundAuthenticationMechanism.CREDENTIALS_REFUSED) != null;
        Problem problem = problems.simple("unauthenticated", Response.Status.UNAUTHORIZED,
                ProblemFactory.locale(request.getAcceptableLanguages()),
                refused ? "error.credentialsRefused" : "error.unauthenticated")
                .at(request.getUriInfo().getRequestUri().getPath());
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fund\", charset=\"UTF-8\"")
                .type(Problem.MEDIA).entity(problem).build());
    }
}
