package org.usrok.fund.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's {@code @RolesAllowed} refused the caller's role: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBAccessException e) {
        return problems.simple("forbidden", Response.Status.FORBIDDEN, ProblemFactory.locale(headers), "error.forbidden")
                .at(ProblemFactory.path(uri)).toResponse();
    }
}
