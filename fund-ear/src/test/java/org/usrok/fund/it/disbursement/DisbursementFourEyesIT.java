package org.usrok.fund.it.disbursement;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
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
import org.usrok.fund.disbursement.FileKind;
import org.usrok.fund.disbursement.FourEyesException;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Four eyes on money leaving the fund: the preparer cannot release, an officer of the other
 * government can neither prepare, release nor record statuses of a batch in this government's
 * currency, a released batch is never released again, and auditors and companies change nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementFourEyesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DisbursementFourEyesIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    DisbursementService disbursements;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    @Test
    void thePreparerAndTheOtherGovernmentsOfficersCannotRelease() {
        var committed = fixture.committed(List.of("150.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        var preparer = actors.newOfficer(CountryCode.US);
        var korean = actors.newOfficer(CountryCode.KR);
        assertThatThrownBy(() -> korean.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null))))
                .as("only the paying government's officers prepare its payments")
                .isInstanceOf(OwnCountryOnlyException.class);
        BatchDetails prepared = preparer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));

        assertThatThrownBy(() -> preparer.call(() -> disbursements.release(prepared.id(), prepared.version())))
                .isInstanceOfSatisfying(FourEyesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN);
                    assertThat(e.ruleName()).isEqualTo("four-eyes");
                });
        assertThatThrownBy(() -> korean.call(() -> disbursements.release(prepared.id(), prepared.version())))
                .isInstanceOfSatisfying(OwnCountryOnlyException.class,
                        e -> assertThat(e.ruleName()).isEqualTo("own-country-only"));
        assertThatThrownBy(() -> actors.newAuditor().call(() -> disbursements.release(prepared.id(), null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> fixture.companyUser(committed.us(0)).call(() -> disbursements.get(prepared.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> disbursements.release(prepared.id(),
                prepared.version() + 1))).as("a stale version").isInstanceOf(ConcurrentChangeException.class);
        assertThat(actors.newAuditor().call(() -> disbursements.get(prepared.id())).status())
                .isEqualTo(BatchStatus.PREPARED);

        var releaser = actors.newOfficer(CountryCode.US);
        BatchDetails released = releaser.call(() -> disbursements.release(prepared.id(), prepared.version()));
        assertThat(released.releasedBy()).isEqualTo(releaser.username());
        assertThat(released.preparedBy()).isEqualTo(preparer.username());

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> disbursements.release(prepared.id(), null)))
                .as("a released batch is never released again")
                .isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> disbursements.cancel(prepared.id(), null,
                "too late"))).isInstanceOf(StateTransitionRefusedException.class);
        long paymentId = released.payments().get(0).id();
        assertThatThrownBy(() -> korean.call(() -> disbursements.recordStatus(paymentId, new RecordPaymentStatus(
                PaymentOutcome.PAID, LocalDate.now(ZoneOffset.UTC), "X", null, null))))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThat(korean.call(() -> disbursements.file(prepared.id(), FileKind.PAIN_001)).content())
                .as("officers of both governments and auditors read files").isNotEmpty();
        assertThatThrownBy(() -> fixture.companyUser(committed.us(0)).call(() ->
                disbursements.file(prepared.id(), FileKind.PAIN_001))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theDatabaseRefusesAReleaseByThePreparerEvenPastTheService() throws SQLException {
        var committed = fixture.committed(List.of(), List.of("900000"));
        fixture.verifiedAccount(committed.kr(0));
        var preparer = actors.newOfficer(CountryCode.KR);
        BatchDetails prepared = preparer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.KRW, null)));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update disbursement_batch set status = 'RELEASED', "
                     + "released_by = prepared_by, released_at = prepared_at, ledger_sequence = 1 where id = ?")) {
            update.setLong(1, prepared.id());
            assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
        }
        assertThat(actors.newAuditor().call(() -> disbursements.get(prepared.id())).status())
                .isEqualTo(BatchStatus.PREPARED);
    }
}
