package org.usrok.fund.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.usrok.fund.shared.BusinessRuleException;

/** The one mapping of business rules to problems: the rule's kind decides the status, its name the type. */
@Provider
public class BusinessRuleExceptionMapper implements ExceptionMapper<BusinessRuleException> {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(BusinessRuleException e) {
        return problems.businessRule(e, ProblemFactory.locale(headers)).at(ProblemFactory.path(uri)).toResponse();
    }
}
