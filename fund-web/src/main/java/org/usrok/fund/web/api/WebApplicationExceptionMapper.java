package org.usrok.fund.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Protocol-level refusals of JAX-RS itself (unknown path, wrong method, unsupported media type,
 * unparsable parameter) as problems, keeping their status and headers (e.g. {@code Allow}).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return new UnexpectedFailure().toProblem(e, problems, headers, uri);
        }
        String type = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        Problem problem = Problem.of(type, status.getReasonPhrase(), status, clientMessage(e))
                .at(ProblemFactory.path(uri));
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    /** Our own parameter errors explain themselves; the framework's messages are replaced by the status text. */
    private static String clientMessage(WebApplicationException e) {
        return e instanceof InvalidQueryParameterException ? e.getMessage()
                : e.getResponse().getStatusInfo().getReasonPhrase();
    }
}
