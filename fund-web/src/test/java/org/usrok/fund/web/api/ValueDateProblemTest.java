package org.usrok.fund.web.api;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.usrok.fund.contribution.ContributionDateInvalidException;
import org.usrok.fund.disbursement.StatusDateInvalidException;
import org.usrok.fund.recovery.RecoveryDateInvalidException;
import org.usrok.fund.shared.ValueDateRange;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A date outside its range is a 422 naming the field, the reason and the days allowed, in English and Korean. */
class ValueDateProblemTest {

    private static final ValueDateRange RANGE = new ValueDateRange(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 7));
    private static final LocalDate EARLY = LocalDate.of(2019, 3, 1);
    private static final LocalDate FUTURE = LocalDate.of(2031, 1, 1);

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

    @Test
    void aContributionReceiptBeforeThePledgeOrInTheFuture() {
        Problem early = problems.businessRule(new ContributionDateInvalidException(EARLY, RANGE,
                ValueDateRange.Breach.TOO_EARLY), Locale.ENGLISH);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.type()).isEqualTo("urn:fund:problem:contribution-date-invalid");
        assertThat(early.detail()).isEqualTo("A receipt cannot be dated 2019-03-01, before the pledge (2026-11-20): "
                + "enter a date from 2026-11-20 to 2026-12-07.");
        assertThat(early.violations()).extracting(Problem.Violation::field).containsExactly("receivedOn");

        Problem future = problems.businessRule(new ContributionDateInvalidException(FUTURE, RANGE,
                ValueDateRange.Breach.IN_FUTURE), Locale.KOREAN);
        assertThat(future.detail()).isEqualTo("납입일 2031-01-01은(는) 미래의 날짜입니다. "
                + "2026-11-20부터 2026-12-07까지의 날짜를 입력하십시오.");
    }

    @Test
    void aRecoveryReceiptBeforeTheApprovalOrInTheFuture() {
        Problem early = problems.businessRule(new RecoveryDateInvalidException(EARLY, RANGE,
                ValueDateRange.Breach.TOO_EARLY), Locale.KOREAN);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.type()).isEqualTo("urn:fund:problem:recovery-date-invalid");
        assertThat(early.detail()).isEqualTo("납입일 2019-03-01은(는) 환수 승인일(2026-11-20) 이전입니다. "
                + "2026-11-20부터 2026-12-07까지의 날짜를 입력하십시오.");
        assertThat(early.violations()).extracting(Problem.Violation::field).containsExactly("receivedOn");
        assertThat(problems.businessRule(new RecoveryDateInvalidException(FUTURE, RANGE,
                ValueDateRange.Breach.IN_FUTURE), Locale.ENGLISH).detail())
                .isEqualTo("A repayment cannot be dated 2031-01-01, in the future: enter a date from 2026-11-20 to 2026-12-07.");
    }

    @Test
    void aPaymentStatusBeforeTheReleaseOrInTheFuture() {
        Problem early = problems.businessRule(new StatusDateInvalidException(EARLY, RANGE,
                ValueDateRange.Breach.TOO_EARLY), Locale.ENGLISH);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.type()).isEqualTo("urn:fund:problem:status-date-invalid");
        assertThat(early.detail()).isEqualTo("The date 2019-03-01 is before the release of the batch (2026-11-20): "
                + "a bank reports on a payment from 2026-11-20 to 2026-12-07.");
        assertThat(early.violations()).extracting(Problem.Violation::field).containsExactly("date");
        assertThat(problems.businessRule(new StatusDateInvalidException(FUTURE, RANGE,
                ValueDateRange.Breach.IN_FUTURE), Locale.KOREAN).detail())
                .isEqualTo("2031-01-01은(는) 미래의 날짜입니다. 은행 통보일은 2026-11-20부터 2026-12-07까지입니다.");
    }
}
