package org.usrok.fund.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs a defect under a fresh incident id and answers 500 with only that id. */
final class UnexpectedFailure {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailure.class.getName());

    Response toProblem(Throwable e, ProblemFactory problems, HttpHeaders headers, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, e, () -> "Incident " + incident + " at " + ProblemFactory.path(uri));
        return problems.simple("internal-error", Response.Status.INTERNAL_SERVER_ERROR, ProblemFactory.locale(headers),
                "error.internal", incident).at(ProblemFactory.path(uri)).toResponse();
    }
}
