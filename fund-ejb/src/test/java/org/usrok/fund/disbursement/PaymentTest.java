package org.usrok.fund.disbursement;

import org.junit.jupiter.api.Test;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayableAccount;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final PayableAccount ACCOUNT = new PayableAccount(7, 2, 42, CurrencyCode.USD, AccountScheme.US_ABA,
            "Example Inc.", "021000021", "123456789", null, CountryCode.US);

    private static Payment payment() {
        return new Payment(1, ACCOUNT, 9, List.of(new ClaimShare(100, 42, Money.of("10.50", CurrencyCode.USD)),
                new ClaimShare(101, 42, Money.of("0.25", CurrencyCode.USD))));
    }

    @Test
    void aPaymentCarriesTheSumOfItsSharesAndHoldsTheirClaims() {
        Payment p = payment();
        assertThat(p.amount()).isEqualTo(Money.of("10.75", CurrencyCode.USD));
        assertThat(p.getEndToEndId()).isEqualTo("FUND-B1-C42");
        assertThat(p.getItems()).extracting(PaymentItem::getClaimId).containsExactly(100L, 101L);
        assertThat(p.getItems()).allMatch(PaymentItem::isLive);
        assertThat(p.paysTo(ACCOUNT)).isTrue();
        assertThat(p.paysTo(new PayableAccount(7, 3, 42, CurrencyCode.USD, AccountScheme.US_ABA, "Example Inc.",
                "021000021", "123456789", null, CountryCode.US))).as("another version").isFalse();
        assertThat(p.paysTo(null)).isFalse();
    }

    @Test
    void aShareOfAnotherCompanyOrCurrencyIsRefused() {
        assertThatThrownBy(() -> new Payment(1, ACCOUNT, 9, List.of(new ClaimShare(100, 43,
                Money.of("1.00", CurrencyCode.USD))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payment(1, ACCOUNT, 9, List.of(new ClaimShare(100, 42,
                Money.of("1", CurrencyCode.KRW))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heldReturnedAndRejectedPaymentsFreeTheirSharesAndPaidOnesKeepThem() {
        Payment held = payment();
        held.hold("changed", "officer", Instant.now());
        assertThat(held.getStatus()).isEqualTo(PaymentStatus.HELD);
        assertThat(held.getItems()).noneMatch(PaymentItem::isLive);

        Payment paid = payment();
        paid.release();
        paid.paid(LocalDate.now(), "BNK-1", "officer", Instant.now());
        assertThat(paid.getItems()).allMatch(PaymentItem::isLive);
        assertThatThrownBy(() -> paid.paid(LocalDate.now(), "BNK-1", "officer", Instant.now()))
                .isInstanceOf(StateTransitionRefusedException.class);
        assertThat(paid.accepts(PaymentOutcome.RETURNED)).as("a paid payment may still come back").isTrue();
        assertThat(paid.accepts(PaymentOutcome.REJECTED)).isFalse();
        paid.returned(PaymentOutcome.RETURNED, LocalDate.now(), null, "Account closed", 5, "officer", Instant.now());
        assertThat(paid.getItems()).noneMatch(PaymentItem::isLive);
        assertThat(paid.accepts(PaymentOutcome.RETURNED)).as("a second return").isFalse();
        assertThatThrownBy(() -> paid.returned(PaymentOutcome.RETURNED, LocalDate.now(), null, "again", 6, "officer",
                Instant.now())).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void onlyAReleasedPaymentTakesTheBanksReport() {
        Payment prepared = payment();
        for (PaymentOutcome outcome : PaymentOutcome.values()) {
            assertThat(prepared.accepts(outcome)).isFalse();
        }
        assertThat(PaymentLine.mask("123456789")).isEqualTo("*****6789");
    }
}
