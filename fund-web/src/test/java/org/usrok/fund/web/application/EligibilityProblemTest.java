package org.usrok.fund.web.application;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.application.EligibilityScreen;
import org.usrok.fund.application.NotEligibleException;
import org.usrok.fund.web.api.JsonConfiguration;
import org.usrok.fund.web.api.Problem;
import org.usrok.fund.web.api.ProblemFactory;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A refused submission lists every check of the screen, passed or failed, in the reader's language. */
class EligibilityProblemTest {

    private static ValidatorFactory validators;

    @BeforeAll
    static void setUp() {
        validators = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void tearDown() {
        validators.close();
    }

    @Test
    void theNotEligibleProblemCarriesEveryCheck() {
        var mapper = new NotEligibleExceptionMapper();
        mapper.problems = ProblemFactory.with(new LocalizedMessages(validators.getMessageInterpolator()));
        var refusal = new NotEligibleException(EligibilityScreen.run(false, true, false, true));

        var response = mapper.toResponse(refusal);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        var problem = (EligibilityProblem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:fund:problem:not-eligible");
        assertThat(problem.eligibility())
                .extracting(EligibilityCheckResponse::check, EligibilityCheckResponse::passed)
                .containsExactly(tuple("companyVerified", false), tuple("applicationWindowOpen", true),
                        tuple("eligibleMaterial", false), tuple("noOtherOpenApplication", true));
        assertThat(problem.eligibility().get(1).message()).isEqualTo("The round's application window is open.");
        assertThat(JsonConfiguration.jsonb().toJson(problem))
                .startsWith("{\"type\":\"urn:fund:problem:not-eligible\",\"title\":\"Unprocessable Content\"")
                .contains("\"eligibility\":[{\"check\":\"companyVerified\"");
    }

    @Test
    void everyCheckHasAMessageInBothLanguages() {
        for (boolean passed : new boolean[]{true, false}) {
            for (var check : EligibilityScreen.run(passed, passed, passed, passed)) {
                for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.KOREAN}) {
                    String message = EligibilityCheckResponse.of(java.util.List.of(check), locale).get(0).message();
                    assertThat(message).as(check.messageKey()).doesNotStartWith("eligibility.");
                }
            }
        }
        var korean = EligibilityCheckResponse.of(EligibilityScreen.run(false, true, true, true), Locale.KOREAN);
        assertThat(korean.get(0).message()).startsWith("기업 검증이 아직 완료되지 않았습니다");
    }
}
