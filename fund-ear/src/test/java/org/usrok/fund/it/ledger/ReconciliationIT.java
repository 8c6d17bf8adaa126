package org.usrok.fund.it.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.ReceiptSummary;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.ledger.reconciliation.KindTotals;
import org.usrok.fund.ledger.reconciliation.MoneyRecordKind;
import org.usrok.fund.ledger.reconciliation.Reconciliation;
import org.usrok.fund.ledger.reconciliation.ReconciliationDifference;
import org.usrok.fund.ledger.reconciliation.ReconciliationService;
import org.usrok.fund.recovery.OpenRecovery;
import org.usrok.fund.recovery.RecordRecoveryReceipt;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryReceiptSummary;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reconciling the money records with the journal (issue 14): the receipts, the allocation, a batch
 * of two payments, the return of one and a recovery with a receipt, all made through the services,
 * match their entries; then the schema owner (FundMigrationDS, as a superuser would) changes one
 * side behind the application's back, and the reconciliation lists exactly the differences. Each
 * test seeds its own records, compares only their entries (the suite's database holds others), and
 * restores what it changed, so the ledger reconciles again afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ReconciliationIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    ContributionService contributions;

    @Inject
    DisbursementService disbursements;

    @Inject
    RecoveryService recoveries;

    @Inject
    AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/FundMigrationDS")
    DataSource owner;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    /** What one test seeded: the U.S. receipt, the batch with its payments by id, the returned payment, the recovery. */
    private record Seeded(ReceiptSummary receipt, long roundId, BatchDetails batch, List<PaymentLine> payments,
                          PaymentLine returned, RecoveryDetails recovery) {

        Set<Long> sequences() {
            return Set.of(receipt.ledgerSequence(), batch.ledgerSequence(), returned.returnLedgerSequence(),
                    recovery.receivableSequence(), recovery.receipts().get(0).ledgerSequence());
        }
    }

    private Seeded seed() {
        DisbursementFixture.Committed committed = fixture.committed(List.of("1000.00", "2000.00"), List.of());
        long roundId = committed.round().id();
        fixture.verifiedAccount(committed.us(0));
        fixture.verifiedAccount(committed.us(1));
        BatchDetails batch = fixture.released(roundId, CurrencyCode.USD);
        List<PaymentLine> payments = batch.payments().stream().sorted(Comparator.comparingLong(PaymentLine::id))
                .toList();
        assertThat(payments).hasSize(2);
        PaymentLine second = payments.get(1);
        LocalDate released = LocalDate.ofInstant(batch.releasedAt(), ZoneOffset.UTC);
        PaymentLine returned = actors.newOfficer(CountryCode.US).call(() -> disbursements.recordStatus(second.id(),
                new RecordPaymentStatus(PaymentOutcome.RETURNED, released, "RTN-1", "Account closed", second.version())));
        long paidCompany = payments.get(0).companyId();
        RecoveryDetails opened = actors.newOfficer(CountryCode.US).call(() -> recoveries.open(new OpenRecovery(
                paidCompany, CurrencyCode.USD, new BigDecimal("400.00"), "Paid for a cost not incurred", roundId)));
        actors.newOfficer(CountryCode.US).call(() -> recoveries.approve(opened.id(), opened.version()));
        RecoveryDetails recovery = actors.newOfficer(CountryCode.US).call(() -> recoveries.recordReceipt(
                new RecordRecoveryReceipt(opened.id(), new BigDecimal("150.00"), LocalDate.now(ZoneOffset.UTC),
                        "REPAY-1")));
        ReceiptSummary receipt = actors.newAuditor().call(() -> contributions.status(roundId)).stream()
                .filter(s -> s.government() == CountryCode.US).findFirst().orElseThrow().receipts().get(0);
        return new Seeded(receipt, roundId, batch, payments, returned, recovery);
    }

    /** The differences of the run that concern the seeded entries. */
    private static List<ReconciliationDifference> differences(Reconciliation run, Seeded seeded) {
        return run.differences().stream().filter(d -> seeded.sequences().contains(d.sequence())).toList();
    }

    private Reconciliation reconcile() {
        return actors.newAuditor().call(() -> reconciliation.reconcile());
    }

    @Test
    void theMoneyRecordsMadeThroughTheServicesReconcileAndEachRunIsAudited() {
        Seeded seeded = seed();
        var auditor = actors.newAuditor();

        Reconciliation run = auditor.call(() -> reconciliation.reconcile());

        assertThat(differences(run, seeded)).isEmpty();
        assertThat(run.ranBy()).isEqualTo(auditor.username());
        assertThat(run.kinds()).extracting(KindTotals::kind).containsExactly(MoneyRecordKind.values());
        assertThat(run.kinds()).allSatisfy(k -> assertThat(k.records()).as(k.kind().name()).isPositive());
        assertThat(auditor.call(() -> audit.search(new AuditQuery(auditor.username(), null, null, "LEDGER_RECONCILED",
                null, null, null), new PageRequest(0, 5))).items()).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"differences\":"));
        assertThat(actors.newOfficer(CountryCode.KR).call(() -> reconciliation.reconcile()).differences())
                .as("officers read it too").filteredOn(d -> seeded.sequences().contains(d.sequence())).isEmpty();
        assertThatThrownBy(() -> actors.newCompanyUser(CountryCode.US).call(() -> reconciliation.reconcile()))
                .isInstanceOf(EJBAccessException.class);
    }

    /** The defect of issue 14: the receipt's entry now books a million more than the receipt says. */
    @Test
    void aReceiptsJournalAmountChangedByTheSchemaOwnerIsListed() throws SQLException {
        Seeded seeded = seed();
        long sequence = seeded.receipt().ledgerSequence();
        String recorded = seeded.receipt().amount().toString();
        String booked = seeded.receipt().amount().plus(Money.of("1000000.00", CurrencyCode.USD))
                .toString();
        try (Connection connection = owner.getConnection()) {
            boolean postgres = isPostgres(connection);
            journalLineTrigger(connection, postgres, false);
            try {
                execute(connection, "update journal_line set amount_minor = amount_minor + 100000000 "
                        + "where entry_sequence = " + sequence);

                assertThat(differences(reconcile(), seeded)).containsExactly(
                        new ReconciliationDifference(MoneyRecordKind.CONTRIBUTION_RECEIPT, seeded.receipt().id(),
                                sequence, "line 1 amount", recorded, booked),
                        new ReconciliationDifference(MoneyRecordKind.CONTRIBUTION_RECEIPT, seeded.receipt().id(),
                                sequence, "line 2 amount", recorded, booked));
            } finally {
                execute(connection, "update journal_line set amount_minor = amount_minor - 100000000 "
                        + "where entry_sequence = " + sequence);
                journalLineTrigger(connection, postgres, true);
            }
        }
        assertThat(differences(reconcile(), seeded)).isEmpty();
    }

    @Test
    void aReceiptsAndAPaymentsAmountChangedByTheSchemaOwnerAreListed() throws SQLException {
        Seeded seeded = seed();
        PaymentLine first = seeded.payments().get(0);
        long receiptSequence = seeded.receipt().ledgerSequence();
        long batchSequence = seeded.batch().ledgerSequence();
        try (Connection connection = owner.getConnection()) {
            try {
                execute(connection, "update contribution_receipt set amount_minor = amount_minor + 1 where id = "
                        + seeded.receipt().id());
                execute(connection, "update payment set amount_minor = amount_minor + 1 where id = " + first.id());

                String receipt = seeded.receipt().amount().toString();
                String receiptSays = seeded.receipt().amount().plus(cent()).toString();
                String payment = first.amount().toString();
                String paymentSays = first.amount().plus(cent()).toString();
                long receiptId = seeded.receipt().id();
                // the first of two payments: lines 1/2 (2100 to 2200) and 5/6 (2200 to 1200) of the release entry
                assertThat(differences(reconcile(), seeded)).containsExactly(
                        new ReconciliationDifference(MoneyRecordKind.CONTRIBUTION_RECEIPT, receiptId, receiptSequence,
                                "line 1 amount", receiptSays, receipt),
                        new ReconciliationDifference(MoneyRecordKind.CONTRIBUTION_RECEIPT, receiptId, receiptSequence,
                                "line 2 amount", receiptSays, receipt),
                        new ReconciliationDifference(MoneyRecordKind.PAYMENT, first.id(), batchSequence,
                                "line 1 amount", paymentSays, payment),
                        new ReconciliationDifference(MoneyRecordKind.PAYMENT, first.id(), batchSequence,
                                "line 2 amount", paymentSays, payment),
                        new ReconciliationDifference(MoneyRecordKind.PAYMENT, first.id(), batchSequence,
                                "line 5 amount", paymentSays, payment),
                        new ReconciliationDifference(MoneyRecordKind.PAYMENT, first.id(), batchSequence,
                                "line 6 amount", paymentSays, payment));
            } finally {
                execute(connection, "update contribution_receipt set amount_minor = amount_minor - 1 where id = "
                        + seeded.receipt().id());
                execute(connection, "update payment set amount_minor = amount_minor - 1 where id = " + first.id());
            }
        }
        assertThat(differences(reconcile(), seeded)).isEmpty();
    }

    @Test
    void anEntryWhoseRecordWasDeletedByTheSchemaOwnerIsAnOrphan() throws SQLException {
        Seeded seeded = seed();
        RecoveryReceiptSummary receipt = seeded.recovery().receipts().get(0);
        String columns = "id, recovery_id, receipt_number, currency, amount_minor, received_on, bank_reference, "
                + "ledger_sequence, recorded_by, recorded_at";
        try (Connection connection = owner.getConnection()) {
            List<Object> row = new ArrayList<>();
            try (Statement select = connection.createStatement();
                 ResultSet rs = select.executeQuery("select " + columns + " from recovery_receipt where id = "
                         + receipt.id())) {
                assertThat(rs.next()).isTrue();
                for (int i = 1; i <= 10; i++) {
                    row.add(rs.getObject(i));
                }
            }
            execute(connection, "delete from recovery_receipt where id = " + receipt.id());
            try {
                assertThat(differences(reconcile(), seeded)).containsExactly(new ReconciliationDifference(
                        MoneyRecordKind.RECOVERY_RECEIPT, null, receipt.ledgerSequence(), "record",
                        "a record posting recovery-" + seeded.recovery().id() + "-receipt-1", "none"));
            } finally {
                try (PreparedStatement insert = connection.prepareStatement("insert into recovery_receipt (" + columns
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < row.size(); i++) {
                        insert.setObject(i + 1, row.get(i));
                    }
                    insert.executeUpdate();
                }
            }
        }
        assertThat(differences(reconcile(), seeded)).isEmpty();
    }

    private static Money cent() {
        return Money.of("0.01", CurrencyCode.USD);
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Drops (H2) or disables (PostgreSQL) the append-only trigger of journal lines, or puts it back. */
    private static void journalLineTrigger(Connection connection, boolean postgres, boolean on) throws SQLException {
        String trigger = "journal_line_append_only";
        if (postgres) {
            execute(connection, "alter table journal_line" + (on ? " enable" : " disable") + " trigger " + trigger);
        } else if (on) {
            execute(connection, "create trigger " + trigger + " before update, delete on journal_line"
                    + " for each row call 'org.usrok.fund.persistence.h2.AppendOnlyTrigger'");
        } else {
            execute(connection, "drop trigger " + trigger);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
