package org.usrok.fund.web.disbursement;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.usrok.fund.disbursement.StatusFileInvalidException;
import org.usrok.fund.web.api.Problem;
import org.usrok.fund.web.api.ProblemFactory;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.Locale;

/**
 * A refused status file as a problem like any business rule's (422 {@code status-file-invalid}),
 * with one violation per wrong line: field {@code line 3}, the message saying what is wrong there.
 */
@Provider
public class StatusFileInvalidMapper implements ExceptionMapper<StatusFileInvalidException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(StatusFileInvalidException e) {
        Locale locale = ProblemFactory.locale(headers);
        return problems.businessRule(e, locale)
                .withViolations(e.problems().stream().map(p -> new Problem.Violation("line " + p.line(),
                        LocalizedMessages.error(locale, p.messageKey(), p.arguments()))).toList())
                .at(ProblemFactory.path(uri)).toResponse();
    }
}
