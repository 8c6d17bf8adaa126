package org.usrok.fund.company;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCompanyValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    static RegisterCompany us(String ein, String uei, String postalCode) {
        return new RegisterCompany("Sierra Cobalt Refining Corp", CountryCode.US, ein, uei, null, "1 Mine Rd", "Reno",
                "NV", postalCode, IndustrySector.MINING_AND_PROCESSING, "Pat Doe", "pat@example.com");
    }

    static RegisterCompany kr(String brn, String postalCode) {
        return new RegisterCompany("한빛소재", CountryCode.KR, null, null, brn, "테헤란로 152", "서울", null, postalCode,
                IndustrySector.BATTERIES, "박지호", "jiho@example.kr");
    }

    private static Map<String, String> violations(RegisterCompany command) {
        Set<ConstraintViolation<RegisterCompany>> found = validator.validate(command);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void validRegistrationsHaveNoViolations() {
        assertThat(violations(us("54-1234567", null, "89501"))).isEmpty();
        assertThat(violations(us(null, "JF3KLM9NPQ27", "89501-1234"))).isEmpty();
        assertThat(violations(kr("124-81-00998", "06236"))).isEmpty();
    }

    @Test
    void usCompanyNeedsAnEinOrUei() {
        assertThat(violations(us(null, null, "89501"))).containsOnlyKeys("ein")
                .containsValue("a U.S. company needs an EIN or a UEI");
    }

    @Test
    void koreanCompanyNeedsAValidBrn() {
        assertThat(violations(kr(null, "06236"))).containsOnlyKeys("brn");
        assertThat(violations(kr("124-81-00997", "06236"))).containsOnlyKeys("brn");
    }

    @Test
    void postalCodeFollowsTheCountry() {
        assertThat(violations(us("54-1234567", null, "8950"))).containsOnlyKeys("postalCode");
        assertThat(violations(kr("124-81-00998", "89501-1234"))).containsOnlyKeys("postalCode");
    }

    @Test
    void invalidIdentifiersAreReportedOnTheirOwnField() {
        assertThat(violations(us("07-1234567", "0BAD", "89501"))).containsOnlyKeys("ein", "uei");
    }

    @Test
    void missingFieldsAreEachReported() {
        var empty = new RegisterCompany(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(violations(empty)).containsOnlyKeys("legalName", "country", "street", "city", "postalCode",
                "industrySector", "contactName", "contactEmail");
    }

    @Test
    void koreanMessagesAreAvailable() {
        Locale.setDefault(Locale.KOREAN);
        try (ValidatorFactory korean = Validation.buildDefaultValidatorFactory()) {
            var messages = korean.getValidator().validate(kr("124-81-00997", "06236")).stream()
                    .map(ConstraintViolation::getMessage).toList();
            assertThat(messages).containsExactly("올바른 사업자등록번호(NNN-NN-NNNNN, 검증번호 일치)여야 합니다");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }
}
