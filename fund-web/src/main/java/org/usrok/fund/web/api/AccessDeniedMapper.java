package org.usrok.fund.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/**
 * A service's {@code @RolesAllowed} refused the caller's role: 403, logged here in one line without
 * a stack trace (the refusal is expected; {@code ejb-jar.xml} makes it an application exception so
 * that the container does not log it as a failure).
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    private static final Logger LOG = Logger.getLogger(AccessDeniedMapper.class.getName());

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
        String caller = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        LOG.warning(() -> "Refused 403 forbidden: " + request.getMethod() + " " + ProblemFactory.path(uri)
                + " by " + caller + " (role not allowed)");
        return problems.simple("forbidden", Response.Status.FORBIDDEN, ProblemFactory.locale(headers), "error.forbidden")
                .at(ProblemFactory.path(uri)).toResponse();
    }
}
