package org.usrok.fund.web.application;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.usrok.fund.application.NotEligibleException;
import org.usrok.fund.web.api.Problem;
import org.usrok.fund.web.api.ProblemFactory;

import java.util.Locale;

/**
 * A submission refused by the eligibility screen: the usual business-rule problem (422
 * {@code not-eligible}) plus an {@code eligibility} array with every check, passed or failed, so
 * the company sees all reasons at once. More specific than {@code BusinessRuleExceptionMapper}, so
 * JAX-RS chooses it for this exception.
 */
@Provider
public class NotEligibleExceptionMapper implements ExceptionMapper<NotEligibleException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotEligibleException e) {
        Locale locale = ProblemFactory.locale(headers);
        Problem problem = problems.businessRule(e, locale).at(ProblemFactory.path(uri));
        return Response.status(problem.status()).type(Problem.MEDIA)
                .entity(EligibilityProblem.of(problem, EligibilityCheckResponse.of(e.checks(), locale))).build();
    }
}
