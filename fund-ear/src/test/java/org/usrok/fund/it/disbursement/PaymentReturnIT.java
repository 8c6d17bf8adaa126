package org.usrok.fund.it.disbursement;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.NothingToDisburseException;
import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.disbursement.StatusDateInvalidException;
import org.usrok.fund.disbursement.StatusFileInvalidException;
import org.usrok.fund.disbursement.StatusReasonRequiredException;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A returned (or rejected) payment puts the money back with an entry of its own and makes the share
 * payable again; once the company's corrected account is verified the share is paid again, and the
 * claim is never paid more than its share. A bank's status file is recorded all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReturnIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(PaymentReturnIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    DisbursementService disbursements;
    @Inject
    LedgerService ledger;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    @Test
    void aReturnedPaymentIsReversedAndItsShareIsPaidAgainButNeverTwice() throws SQLException {
        var committed = fixture.committed(List.of("250.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        BatchDetails released = fixture.released(committed.round().id(), CurrencyCode.USD);
        PaymentLine payment = released.payments().get(0);
        var officer = actors.newOfficer(CountryCode.US);
        Map<String, Money> before = fixture.balances();

        assertThatThrownBy(() -> officer.call(() -> disbursements.recordStatus(payment.id(),
                new RecordPaymentStatus(PaymentOutcome.RETURNED, today, "RET-1", " ", null))))
                .as("a return says why").isInstanceOf(StatusReasonRequiredException.class);
        assertThatThrownBy(() -> officer.call(() -> disbursements.recordStatus(payment.id(),
                new RecordPaymentStatus(PaymentOutcome.RETURNED, today.minusDays(30), "RET-1", "Closed", null))))
                .as("not before the release").isInstanceOf(StatusDateInvalidException.class);
        PaymentLine returned = officer.call(() -> disbursements.recordStatus(payment.id(),
                new RecordPaymentStatus(PaymentOutcome.RETURNED, today, "RET-1", "Account closed", payment.version())));

        assertThat(returned.status()).isEqualTo(PaymentStatus.RETURNED);
        assertThat(returned.statusReason()).isEqualTo("Account closed");
        var auditor = actors.newAuditor();
        JournalEntryRecord entry = auditor.call(() -> ledger.entry(returned.returnLedgerSequence()));
        assertThat(entry.eventId()).isEqualTo("payment-" + payment.id() + "-return");
        assertThat(entry.lines()).containsExactly(JournalLine.debit("1200-USD", usd("250.00")),
                JournalLine.credit("2200-USD", usd("250.00")), JournalLine.debit("2200-USD", usd("250.00")),
                JournalLine.credit("2100-USD", usd("250.00")));
        Map<String, Money> after = fixture.balances();
        assertThat(after.get("1200-USD").minus(before.get("1200-USD"))).as("cash is back").isEqualTo(usd("250.00"));
        assertThat(before.get("2100-USD").minus(after.get("2100-USD"))).as("owed again").isEqualTo(usd("250.00"));
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).isTrue();
        assertThat(auditor.call(() -> disbursements.paidTo(committed.us(0).companyId(), CurrencyCode.USD)))
                .isEqualTo(usd("0.00"));
        assertThatThrownBy(() -> officer.call(() -> disbursements.recordStatus(payment.id(),
                new RecordPaymentStatus(PaymentOutcome.RETURNED, today, "RET-1", "Account closed", null))))
                .as("a second return is a conflict").isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> officer.call(() -> disbursements.recordStatus(payment.id(),
                new RecordPaymentStatus(PaymentOutcome.PAID, today, "X", null, null))))
                .isInstanceOf(StateTransitionRefusedException.class);

        assertThatThrownBy(() -> officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null))))
                .as("the share is payable again, but the old account was not corrected yet")
                .isInstanceOf(NothingToDisburseException.class);
        fixture.verifiedAccount(committed.us(0));
        BatchDetails repaid = fixture.released(committed.round().id(), CurrencyCode.USD);
        assertThat(repaid.total()).isEqualTo(usd("250.00"));
        officer.call(() -> disbursements.recordStatus(repaid.payments().get(0).id(),
                new RecordPaymentStatus(PaymentOutcome.PAID, today, "FED-9", null, null)));
        assertThat(auditor.call(() -> disbursements.paidTo(committed.us(0).companyId(), CurrencyCode.USD)))
                .isEqualTo(usd("250.00"));
        assertThat(liveShare(committed.us(0).id())).as("live items of the claim never exceed its share")
                .isEqualTo(25000);
        assertThatThrownBy(() -> officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null))))
                .isInstanceOf(NothingToDisburseException.class);
        assertThat(fixture.companyUser(committed.us(0)).call(() -> disbursements.myPayments()))
                .extracting(p -> p.status()).containsExactly(PaymentStatus.PAID, PaymentStatus.RETURNED);
    }

    @Test
    void aStatusFileIsRecordedAllOrNothingNamingEveryWrongLine() {
        var committed = fixture.committed(List.of(), List.of("1000000", "2000000", "3000000"));
        committed.krClaims().forEach(fixture::verifiedAccount);
        BatchDetails released = fixture.released(committed.round().id(), CurrencyCode.KRW);
        List<String> refs = released.payments().stream().map(PaymentLine::endToEndId).toList();
        var officer = actors.newOfficer(CountryCode.KR);

        String bad = "end_to_end_id,status,date,bank_reference,reason\n"
                + refs.get(0) + ",PAID," + today + ",BOK-1,\n"
                + refs.get(1) + ",RETURNED," + today + ",BOK-2,\n"
                + "FUND-B0-C0,PAID," + today + ",BOK-3,\n"
                + refs.get(2) + ",SETTLED," + today + ",BOK-4,\n"
                + refs.get(0) + ",PAID," + today + ",BOK-1,\n";
        assertThatThrownBy(() -> officer.call(() -> disbursements.importStatusFile(released.id(), bad)))
                .isInstanceOfSatisfying(StatusFileInvalidException.class, e -> assertThat(e.problems())
                        .extracting(StatusFileInvalidException.LineProblem::line, StatusFileInvalidException.LineProblem::messageKey)
                        .containsExactly(tuple(3, "error.statusFile.reason"),
                                tuple(4, "error.statusFile.unknownPayment"),
                                tuple(5, "error.statusFile.status"),
                                tuple(6, "error.statusFile.duplicate")));
        assertThat(actors.newAuditor().call(() -> disbursements.get(released.id())).payments())
                .as("nothing was recorded").extracting(PaymentLine::status).containsOnly(PaymentStatus.RELEASED);

        String good = refs.get(0) + ",PAID," + today + ",BOK-1,\r\n"
                + refs.get(1) + ",REJECTED," + today + ",BOK-2,\"Name mismatch, account holder differs\"\r\n"
                + refs.get(2) + ",PAID," + today + ",BOK-3,\r\n";
        BatchDetails recorded = officer.call(() -> disbursements.importStatusFile(released.id(), good));
        assertThat(recorded.payments()).extracting(PaymentLine::endToEndId, PaymentLine::status).containsExactly(
                tuple(refs.get(0), PaymentStatus.PAID),
                tuple(refs.get(1), PaymentStatus.REJECTED),
                tuple(refs.get(2), PaymentStatus.PAID));
        PaymentLine rejected = recorded.payments().get(1);
        assertThat(rejected.statusReason()).isEqualTo("Name mismatch, account holder differs");
        assertThat(rejected.returnLedgerSequence()).isNotNull();
        assertThat(recorded.totals()).extracting(t -> t.status() + " " + t.count())
                .containsExactlyInAnyOrder("PAID 2", "REJECTED 1");
        assertThatThrownBy(() -> officer.call(() -> disbursements.importStatusFile(released.id(), good)))
                .as("the same file again changes nothing").isInstanceOf(StatusFileInvalidException.class);
    }

    /** The sum of the claim's live payment items, straight from the database, in minor units. */
    private long liveShare(long claimId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select coalesce(sum(share_minor), 0) from payment_item where live_claim_id = ?")) {
            query.setLong(1, claimId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
