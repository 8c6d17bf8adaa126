package org.usrok.fund.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that cannot be read as the expected JSON (syntax error, wrong type, unknown enum value,
 * unknown property) is the client's error: 400, never 500. A body over the size limit is 413.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return problems.simple("payload-too-large", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                                ProblemFactory.locale(headers), "error.tooLarge", tooLarge.limit())
                        .at(ProblemFactory.path(uri)).toResponse();
            }
        }
        return problems.simple("malformed-request", Response.Status.BAD_REQUEST, ProblemFactory.locale(headers),
                "error.malformed").at(ProblemFactory.path(uri)).toResponse();
    }
}
