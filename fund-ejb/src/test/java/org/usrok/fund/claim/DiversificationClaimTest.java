package org.usrok.fund.claim;

import org.junit.jupiter.api.Test;
import org.usrok.fund.application.ReasonRequiredException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim aggregate's transitions and its four-eyes rules, without a container. */
class DiversificationClaimTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static DiversificationClaim submittedClaim() {
        var lines = List.of(
                new ClaimLine("SUPPLIER_QUALIFICATION", "Audit of new supplier", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 3, 31), null, null, null, 1_000_000),
                new ClaimLine("LOGISTICS_REROUTING", "Re-routing via Busan", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 3, 31), null, null, null, 250_050));
        var claim = DiversificationClaim.file(1, 2, 3, CountryCode.US, "Q1 costs", lines);
        claim.submit(NOW);
        return claim;
    }

    @Test
    void reviewerReducesWithReasonAndASecondOfficerApproves() {
        var claim = submittedClaim();
        claim.startReview("us.officer1");
        claim.completeReview("us.officer1", List.of(
                new LineReview(1, new BigDecimal("8000.00"), "Only two of three audits evidenced"),
                new LineReview(2, new BigDecimal("2500.50"), null)), NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.REVIEWED);
        assertThat(claim.getApproved()).isEqualTo(Money.of("10500.50", claim.getCurrency()));
        assertThat(claim.getLines().get(0).getReductionReason()).isEqualTo("Only two of three audits evidenced");

        assertThatThrownBy(() -> claim.approve("us.officer1", null, NOW))
                .isInstanceOf(SeparationOfDutiesException.class);
        claim.approve("us.officer2", null, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.getApprover()).isEqualTo("us.officer2");
    }

    @Test
    void aReductionWithoutReasonAndAnAmountAboveTheClaimAreRefused() {
        var claim = submittedClaim();
        claim.startReview("us.officer1");
        assertThatThrownBy(() -> claim.completeReview("us.officer1", List.of(
                new LineReview(1, new BigDecimal("9000.00"), " "),
                new LineReview(2, new BigDecimal("2500.50"), null)), NOW))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> claim.completeReview("us.officer1", List.of(
                new LineReview(1, new BigDecimal("10000.01"), "typo"),
                new LineReview(2, new BigDecimal("2500.50"), null)), NOW))
                .isInstanceOf(ClaimLineInvalidException.class);
        assertThatThrownBy(() -> claim.completeReview("us.officer1", List.of(
                new LineReview(1, new BigDecimal("10000.00"), null)), NOW))
                .isInstanceOf(ClaimLineInvalidException.class);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void onlyTheReviewerCompletesOrReturnsTheReview() {
        var claim = submittedClaim();
        claim.startReview("us.officer1");
        assertThatThrownBy(() -> claim.returnForCorrection("us.officer2", "missing invoices", NOW))
                .isInstanceOf(SeparationOfDutiesException.class);
        claim.returnForCorrection("us.officer1", "missing invoices", NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.RETURNED);
        claim.submit(NOW.plusSeconds(60));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.getReviewer()).isNull();
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        var claim = submittedClaim();
        assertThatThrownBy(() -> claim.approve("us.officer2", null, NOW))
                .isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> claim.revise("x", List.of())).isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> claim.reject("us.officer2", "no", NOW))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void overdueOnlyWhileWaitingForReview() {
        var claim = submittedClaim();
        assertThat(claim.markOverdue(NOW)).isTrue();
        assertThat(claim.markOverdue(NOW)).isFalse();
        claim.startReview("us.officer1");
        claim.completeReview("us.officer1", List.of(new LineReview(1, new BigDecimal("10000"), null),
                new LineReview(2, new BigDecimal("2500.50"), null)), NOW);
        assertThat(claim.getOverdueSince()).isNull();
        assertThat(claim.markOverdue(NOW)).isFalse();
    }
}
