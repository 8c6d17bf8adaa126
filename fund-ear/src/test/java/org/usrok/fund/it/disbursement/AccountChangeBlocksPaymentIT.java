package org.usrok.fund.it.disbursement;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.NothingToDisburseException;
import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The classic fraud point: a company's payout account changes between preparation and release.
 * That payment is held at release (not sent to the unverified account, nor to the old one), the
 * rest of the batch goes, and the held share is paid in a later batch once the new account is
 * verified, to that account.
 */
@ExtendWith(ArquillianExtension.class)
class AccountChangeBlocksPaymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AccountChangeBlocksPaymentIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    DisbursementService disbursements;
    @Inject
    LedgerService ledger;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    @Test
    void aPaymentWhoseAccountChangedAfterPreparationIsHeldAndPaidLaterToTheVerifiedAccount() {
        var committed = fixture.committed(List.of("410.00", "90.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        fixture.verifiedAccount(committed.us(1));
        BatchDetails prepared = actors.newOfficer(CountryCode.US).call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));
        assertThat(prepared.total()).isEqualTo(usd("500.00"));

        PayoutAccountSummary changed = fixture.registerAccount(committed.us(0));
        BatchDetails released = actors.newOfficer(CountryCode.US).call(() -> disbursements.release(prepared.id(), null));

        assertThat(released.status()).isEqualTo(BatchStatus.RELEASED);
        PaymentLine held = payment(released, committed.us(0).companyId());
        assertThat(held.status()).isEqualTo(PaymentStatus.HELD);
        assertThat(held.statusReason()).contains("payout account changed");
        assertThat(payment(released, committed.us(1).companyId()).status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(released.total()).as("the batch and its file pay only what was released").isEqualTo(usd("90.00"));
        assertThat(released.paymentCount()).isEqualTo(1);
        assertThat(released.files().get(0).controlSum()).isEqualTo(usd("90.00"));
        assertThat(released.files().get(0).transactionCount()).isEqualTo(1);
        var auditor = actors.newAuditor();
        assertThat(auditor.call(() -> ledger.entry(released.ledgerSequence())).lines())
                .containsExactlyInAnyOrder(JournalLine.debit("2100-USD", usd("90.00")),
                        JournalLine.credit("2200-USD", usd("90.00")), JournalLine.debit("2200-USD", usd("90.00")),
                        JournalLine.credit("1200-USD", usd("90.00")));
        assertThat(fixture.companyUser(committed.us(0)).call(() -> disbursements.myPayments()))
                .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.HELD));
        assertThat(auditor.call(() -> disbursements.paidTo(committed.us(0).companyId(), CurrencyCode.USD)))
                .isEqualTo(usd("0.00"));

        var officer = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null))))
                .as("the new account is not verified yet").isInstanceOf(NothingToDisburseException.class)
                .hasMessageContaining("error.disbursement.noPayableCompany");

        fixture.verify(changed);
        BatchDetails again = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));
        PaymentLine repaid = again.payments().get(0);
        assertThat(again.payments()).hasSize(1);
        assertThat(repaid.companyId()).isEqualTo(committed.us(0).companyId());
        assertThat(repaid.payoutAccountId()).isEqualTo(changed.id());
        assertThat(repaid.claimIds()).containsExactly(committed.us(0).id());
        BatchDetails releasedAgain = actors.newOfficer(CountryCode.US).call(() ->
                disbursements.release(again.id(), again.version()));
        assertThat(releasedAgain.payments()).extracting(PaymentLine::status).containsOnly(PaymentStatus.RELEASED);
        officer.call(() -> disbursements.recordStatus(repaid.id(), new RecordPaymentStatus(PaymentOutcome.PAID,
                LocalDate.now(ZoneOffset.UTC), "FED-2", null, null)));
        assertThat(auditor.call(() -> disbursements.paidTo(committed.us(0).companyId(), CurrencyCode.USD)))
                .isEqualTo(usd("410.00"));
        assertThat(fixture.companyUser(committed.us(0)).call(() -> disbursements.myPayments()))
                .extracting(p -> p.status()).containsExactly(PaymentStatus.PAID, PaymentStatus.HELD);
    }

    @Test
    void aBatchWhosePaymentsAreAllHeldIsNotReleased() {
        var committed = fixture.committed(List.of(), List.of("3000000"));
        fixture.verifiedAccount(committed.kr(0));
        BatchDetails prepared = actors.newOfficer(CountryCode.KR).call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.KRW, null)));
        fixture.registerAccount(committed.kr(0));

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> disbursements.release(prepared.id(), null)))
                .isInstanceOf(NothingToDisburseException.class)
                .hasMessageContaining("error.disbursement.everyPaymentHeld");
        BatchDetails unchanged = actors.newAuditor().call(() -> disbursements.get(prepared.id()));
        assertThat(unchanged.status()).isEqualTo(BatchStatus.PREPARED);
        assertThat(unchanged.ledgerSequence()).isNull();
        assertThat(unchanged.files()).isEmpty();
    }

    private static PaymentLine payment(BatchDetails batch, long companyId) {
        return batch.payments().stream().filter(p -> p.companyId() == companyId).findFirst().orElseThrow();
    }
}
