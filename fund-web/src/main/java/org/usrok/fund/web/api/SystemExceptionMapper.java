package org.usrok.fund.web.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A system exception from a service. A lost optimistic-locking race at commit is a conflict the
 * client can resolve (409); anything else is a defect: 500 with an incident id, logged with its
 * stack trace on the server and never shown to the client.
 */
@Provider
public class SystemExceptionMapper implements ExceptionMapper<EJBException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return problems.simple("concurrent-change", Response.Status.CONFLICT, ProblemFactory.locale(headers),
                        "error.concurrentChangeGeneric").at(ProblemFactory.path(uri)).toResponse();
            }
        }
        return new UnexpectedFailure().toProblem(e, problems, headers, uri);
    }
}
