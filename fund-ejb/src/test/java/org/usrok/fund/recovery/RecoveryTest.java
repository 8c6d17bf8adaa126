package org.usrok.fund.recovery;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recovery's state machine: four eyes, booking once, never recovering beyond the amount. */
class RecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private static Recovery opened(String amount) {
        return Recovery.open(7L, CountryCode.US, 3L, Money.of(amount, CurrencyCode.USD), "Paid twice by mistake",
                "us.officer1", NOW);
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    @Test
    void anOpenedRecoveryOwesNothingUntilApproved() {
        Recovery r = opened("1000.00");

        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.OPENED);
        assertThat(r.amount()).isEqualTo(usd("1000.00"));
        assertThat(r.recovered()).isEqualTo(usd("0.00"));
        assertThat(r.outstanding()).isEqualTo(usd("0.00"));
        assertThat(r.getCountry()).isEqualTo(CountryCode.US);
        assertThat(r.getRoundId()).isEqualTo(3L);
        assertThatThrownBy(() -> r.received(usd("1.00"))).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void theOpenerCannotApproveOrReject() {
        Recovery r = opened("1000.00");

        assertThatThrownBy(() -> r.approve("us.officer1", NOW, 5))
                .isInstanceOfSatisfying(RecoverySeparationOfDutiesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN);
                    assertThat(e.ruleName()).isEqualTo("separation-of-duties");
                });
        assertThatThrownBy(() -> r.reject("us.officer1", "no", NOW))
                .isInstanceOf(RecoverySeparationOfDutiesException.class);
        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.OPENED);
    }

    @Test
    void approvalBooksTheReceivableOnceAndReceiptsRecoverItInFull() {
        Recovery r = opened("1000.00");
        r.approve("us.officer2", NOW, 41);

        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.APPROVED);
        assertThat(r.getApprovedBy()).isEqualTo("us.officer2");
        assertThat(r.getReceivableSequence()).isEqualTo(41L);
        assertThat(r.outstanding()).isEqualTo(usd("1000.00"));
        assertThatThrownBy(() -> r.approve("us.officer3", NOW, 42)).isInstanceOf(StateTransitionRefusedException.class);

        r.received(usd("400.00"));
        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.PARTIALLY_RECOVERED);
        assertThat(r.outstanding()).isEqualTo(usd("600.00"));

        assertThatThrownBy(() -> r.received(usd("600.01")))
                .isInstanceOfSatisfying(RecoveryReceiptExceedsOutstandingException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
        r.received(usd("600.00"));
        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.RECOVERED);
        assertThat(r.recovered()).isEqualTo(usd("1000.00"));
        assertThat(r.outstanding()).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> r.received(usd("0.01"))).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void anotherOfficerRejectsAndOnlyTheOpenerWithdraws() {
        Recovery rejected = opened("10.00");
        rejected.reject("us.officer2", "Not an error: the second payment was a separate claim", NOW);
        assertThat(rejected.getStatus()).isEqualTo(RecoveryStatus.REJECTED);
        assertThat(rejected.getClosedBy()).isEqualTo("us.officer2");
        assertThat(rejected.getClosingReason()).startsWith("Not an error");
        assertThat(rejected.getStatus().claimsPaidMoney()).isFalse();
        assertThatThrownBy(() -> rejected.approve("us.officer3", NOW, 9)).isInstanceOf(StateTransitionRefusedException.class);

        Recovery withdrawn = opened("10.00");
        assertThatThrownBy(() -> withdrawn.withdraw("us.officer2", null, NOW))
                .isInstanceOf(RecoverySeparationOfDutiesException.class)
                .hasMessageContaining("error.recovery.onlyOpenerWithdraws");
        withdrawn.withdraw("us.officer1", null, NOW);
        assertThat(withdrawn.getStatus()).isEqualTo(RecoveryStatus.WITHDRAWN);
        assertThat(withdrawn.outstanding()).isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> withdrawn.withdraw("us.officer1", null, NOW))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void anApprovedRecoveryCannotBeRejectedOrWithdrawn() {
        Recovery r = opened("10.00");
        r.approve("us.officer2", NOW, 1);

        assertThatThrownBy(() -> r.reject("us.officer3", "late", NOW)).isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> r.withdraw("us.officer1", null, NOW))
                .isInstanceOf(StateTransitionRefusedException.class)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(RuleKind.CONFLICT));
    }

    @Test
    void wonAreWholeAndAReceiptInAnotherCurrencyIsAProgrammingError() {
        Recovery r = Recovery.open(8L, CountryCode.KR, null, Money.of("1300000", CurrencyCode.KRW), "Duplicate transfer",
                "kr.officer1", NOW);
        r.approve("kr.officer2", NOW, 2);

        assertThatThrownBy(() -> r.received(usd("1.00"))).isInstanceOf(IllegalArgumentException.class);
        r.received(Money.of("1300000", CurrencyCode.KRW));
        assertThat(r.getStatus()).isEqualTo(RecoveryStatus.RECOVERED);
    }

    @Test
    void aRecoveryIsOfAPositiveAmount() {
        assertThatThrownBy(() -> opened("0.00")).isInstanceOf(IllegalArgumentException.class);
    }
}
