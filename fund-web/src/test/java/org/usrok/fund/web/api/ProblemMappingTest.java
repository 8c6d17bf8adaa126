package org.usrok.fund.web.api;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.company.IdentifierAlreadyRegisteredException;
import org.usrok.fund.company.IdentifierType;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.StateTransitionRefusedException;
import org.usrok.fund.idempotency.IdempotencyKeyReusedException;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProblemMappingTest {

    private static ValidatorFactory validators;
    private static ProblemFactory problems;

    @BeforeAll
    static void setUp() {
        validators = Validation.buildDefaultValidatorFactory();
        problems = ProblemFactory.with(new LocalizedMessages(validators.getMessageInterpolator()));
    }

    @AfterAll
    static void tearDown() {
        validators.close();
    }

    private static Problem problemOf(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void eachKindOfRuleHasItsStatusAndItsOwnType() {
        var mapper = new BusinessRuleExceptionMapper();
        mapper.problems = problems;

        Problem duplicate = problemOf(mapper.toResponse(new IdentifierAlreadyRegisteredException(IdentifierType.BRN)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.type()).isEqualTo("urn:fund:problem:identifier-already-registered");
        assertThat(duplicate.detail()).isEqualTo("A company with this business registration number is already registered.");
        assertThat(duplicate.violations()).extracting(Problem.Violation::field).containsExactly("brn");

        assertThat(problemOf(mapper.toResponse(new EntityNotFoundException("Company", 7))).status()).isEqualTo(404);
        assertThat(problemOf(mapper.toResponse(new OwnCountryOnlyException("kr.officer1", CountryCode.US))).status())
                .isEqualTo(403);
        assertThat(problemOf(mapper.toResponse(new StateTransitionRefusedException("Company", "VERIFIED", "verify")))
                .status()).isEqualTo(409);
        assertThat(problemOf(mapper.toResponse(new IdempotencyKeyReusedException("k1"))).status()).isEqualTo(422);
    }

    @Test
    void businessRulesSpeakKorean() {
        Problem problem = problems.businessRule(new OwnCountryOnlyException("kr.officer1", CountryCode.US), Locale.KOREAN);
        assertThat(problem.detail()).isEqualTo("담당 공무원은 자국 사안만 처리할 수 있습니다. kr.officer1은(는) 미국 사안을 처리할 수 없습니다.");
        assertThat(problems.businessRule(new EntityNotFoundException("Company", 7), Locale.KOREAN).detail())
                .isEqualTo("기업 7을(를) 찾을 수 없습니다.");
    }

    @Test
    void validationFailuresListEveryFieldByItsInputName() {
        var command = new RegisterCompany("", CountryCode.KR, null, null, "124-81-00997", "x", "y", null, "06236",
                null, "z", "not-an-email");
        var violations = validators.getValidator().validate(command);
        var mapper = new ConstraintViolationExceptionMapper();
        mapper.problems = problems;

        Problem problem = problemOf(mapper.toResponse(new jakarta.validation.ConstraintViolationException(violations)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("urn:fund:problem:validation");
        assertThat(problem.violations()).extracting(Problem.Violation::field)
                .containsExactly("brn", "contactEmail", "industrySector", "legalName");
        assertThat(problems.validation(violations, Locale.KOREAN).violations())
                .extracting(Problem.Violation::field, Problem.Violation::message)
                .contains(tuple("brn", "올바른 사업자등록번호(NNN-NN-NNNNN, 검증번호 일치)여야 합니다"));
    }

    @Test
    void protocolErrorsKeepTheirStatusAndHeadersWithoutFrameworkInternals() {
        var mapper = new WebApplicationExceptionMapper();
        mapper.problems = problems;

        Response notAllowed = mapper.toResponse(new NotAllowedException("RESTEASY003650: internal text", "GET", new String[]{"HEAD"}));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
        assertThat(problemOf(notAllowed).detail()).isEqualTo("Method Not Allowed");

        Problem notFound = problemOf(mapper.toResponse(new NotFoundException("RESTEASY003210: Could not find")));
        assertThat(notFound.type()).isEqualTo("urn:fund:problem:not-found");
        assertThat(notFound.detail()).doesNotContain("RESTEASY");

        Problem parameter = problemOf(mapper.toResponse(new InvalidQueryParameterException("Query parameter 'size' ...")));
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.detail()).isEqualTo("Query parameter 'size' ...");
    }

    @Test
    void unreadableBodiesAreClientErrors() {
        var mapper = new MalformedRequestMapper();
        mapper.problems = problems;
        assertThat(problemOf(mapper.toResponse(new ProcessingException("Unexpected char"))).status()).isEqualTo(400);
        assertThat(problemOf(mapper.toResponse(new ProcessingException(new RequestSizeLimit.BodyTooLargeException())))
                .status()).isEqualTo(413);
    }
}
