package org.usrok.fund.it.recovery;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.ledger.AccountBalance;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.recovery.OpenRecovery;
import org.usrok.fund.recovery.RecordRecoveryReceipt;
import org.usrok.fund.recovery.RecoveryDateInvalidException;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryExceedsPaidException;
import org.usrok.fund.recovery.RecoveryQuery;
import org.usrok.fund.recovery.RecoveryReceiptExceedsOutstandingException;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.recovery.RecoverySeparationOfDutiesException;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recovery of money paid in error, on companies actually paid through the disbursement flow:
 * opened by one officer, approved by another of the company's country (never the opener), the
 * receivable and each receipt posted, never more than was paid nor more than is outstanding; the
 * ledger's chain verifies and every currency balances after each step.
 */
@ExtendWith(ArquillianExtension.class)
class RecoveryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RecoveryIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Inject
    RecoveryService recoveries;

    @Inject
    LedgerService ledger;

    @Inject
    NotificationService notifications;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    private static OpenRecovery usdRecovery(PaidCompany company, String amount) {
        return new OpenRecovery(company.companyId(), CurrencyCode.USD, new BigDecimal(amount),
                "Paid twice for the same qualification audit", company.roundId());
    }

    /** The chain verifies and, per currency, the balances of all accounts sum to zero. */
    private Map<String, Money> assertLedgerSound() {
        var auditor = actors.newAuditor();
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).as("chain verifies").isTrue();
        List<AccountBalance> balances = auditor.call(() -> ledger.trialBalance());
        Map<CurrencyCode, Long> net = new EnumMap<>(CurrencyCode.class);
        Map<String, Money> byAccount = new java.util.HashMap<>();
        for (AccountBalance b : balances) {
            net.merge(b.debitMinusCredit().currency(), b.debitMinusCredit().minorUnits(), Long::sum);
            byAccount.put(b.account(), b.debitMinusCredit());
        }
        assertThat(net.values()).as("every currency balances").containsOnly(0L);
        return byAccount;
    }

    @Test
    void openedByOneOfficerApprovedByAnotherThenRecoveredByTwoReceipts() {
        PaidCompany company = fixture.paid(CountryCode.US, "3000.00");
        var opener = actors.newOfficer(CountryCode.US);
        Map<String, Money> start = assertLedgerSound();

        RecoveryDetails opened = opener.call(() -> recoveries.open(usdRecovery(company, "1000.00")));
        assertThat(opened.status()).isEqualTo(RecoveryStatus.OPENED);
        assertThat(opened.amount()).isEqualTo(usd("1000.00"));
        assertThat(opened.outstanding()).isEqualTo(usd("0.00"));
        assertThat(opened.roundId()).isEqualTo(company.roundId());
        assertThat(opened.receivableSequence()).isNull();
        assertThat(assertLedgerSound()).as("opening books nothing").isEqualTo(start);
        assertThat(company.user().call(() -> recoveries.myRecoveries())).as("not shown before approval").isEmpty();

        assertThatThrownBy(() -> opener.call(() -> recoveries.approve(opened.id(), null)))
                .isInstanceOfSatisfying(RecoverySeparationOfDutiesException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN);
                    assertThat(e.ruleName()).isEqualTo("separation-of-duties");
                });
        assertThatThrownBy(() -> opener.call(() -> recoveries.reject(opened.id(), null, "no")))
                .isInstanceOf(RecoverySeparationOfDutiesException.class);

        var approver = actors.newOfficer(CountryCode.US);
        RecoveryDetails approved = approver.call(() -> recoveries.approve(opened.id(), opened.version()));
        assertThat(approved.status()).isEqualTo(RecoveryStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(approver.username());
        assertThat(approved.outstanding()).isEqualTo(usd("1000.00"));
        JournalEntryRecord receivable = approver.call(() -> ledger.entry(approved.receivableSequence()));
        assertThat(receivable.eventId()).isEqualTo("recovery-" + opened.id() + "-receivable");
        assertThat(receivable.reference()).isEqualTo("company:" + company.companyId() + " round:" + company.roundId());
        assertThat(receivable.lines()).containsExactly(JournalLine.debit("1300-USD", usd("1000.00")),
                JournalLine.credit("5100-USD", usd("1000.00")));
        Map<String, Money> afterApproval = assertLedgerSound();
        assertThat(afterApproval.get("1300-USD").minus(start.get("1300-USD"))).isEqualTo(usd("1000.00"));
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> recoveries.approve(opened.id(), null)))
                .as("booked once").isInstanceOf(StateTransitionRefusedException.class);

        var clerk = actors.newOfficer(CountryCode.US);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RecoveryDetails partial = clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("400.00"), today, "WIRE-REC-1")));
        assertThat(partial.status()).isEqualTo(RecoveryStatus.PARTIALLY_RECOVERED);
        assertThat(partial.recovered()).isEqualTo(usd("400.00"));
        assertThat(partial.outstanding()).isEqualTo(usd("600.00"));
        JournalEntryRecord first = clerk.call(() -> ledger.entry(partial.receipts().get(0).ledgerSequence()));
        assertThat(first.eventId()).isEqualTo("recovery-" + opened.id() + "-receipt-1");
        assertThat(first.description()).contains("WIRE-REC-1");
        assertThat(first.lines()).containsExactly(JournalLine.debit("1200-USD", usd("400.00")),
                JournalLine.credit("1300-USD", usd("400.00")));
        assertLedgerSound();

        assertThatThrownBy(() -> clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("600.01"), today, "WIRE-REC-2"))))
                .isInstanceOfSatisfying(RecoveryReceiptExceedsOutstandingException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleKind.UNPROCESSABLE);
                    assertThat(e.field()).isEqualTo("amount");
                });
        assertThatThrownBy(() -> clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("10.00"), today.plusDays(2), "WIRE-FUTURE"))))
                .isInstanceOfSatisfying(RecoveryDateInvalidException.class,
                        e -> assertThat(e.field()).isEqualTo("receivedOn"));
        assertThatThrownBy(() -> clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("10.00"), today.minusYears(3), "WIRE-BEFORE-APPROVAL"))))
                .isInstanceOfSatisfying(RecoveryDateInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.recovery.receivedOnBeforeApproval"));

        RecoveryDetails recovered = clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("600.00"), today, "WIRE-REC-2")));
        assertThat(recovered.status()).isEqualTo(RecoveryStatus.RECOVERED);
        assertThat(recovered.outstanding()).isEqualTo(usd("0.00"));
        assertThat(recovered.receipts()).extracting(r -> r.number()).containsExactly(1, 2);
        Map<String, Money> end = assertLedgerSound();
        assertThat(end.get("1300-USD")).as("the receivable is settled").isEqualTo(start.get("1300-USD"));
        assertThat(end.get("1200-USD").minus(start.get("1200-USD"))).isEqualTo(usd("1000.00"));
        assertThatThrownBy(() -> clerk.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("0.01"), today, "WIRE-REC-3")))).isInstanceOf(StateTransitionRefusedException.class);

        RecoveryDetails seen = company.user().call(() -> recoveries.get(opened.id()));
        assertThat(seen.status()).isEqualTo(RecoveryStatus.RECOVERED);
        assertThat(seen.openedBy()).as("officers act as their government").isNull();
        assertThat(seen.approvedBy()).isNull();
        assertThat(seen.receipts()).allSatisfy(r -> assertThat(r.recordedBy()).isNull());
        assertThat(company.user().call(() -> notifications.inbox(false, new PageRequest(0, 50))).items())
                .extracting(n -> n.messageKey())
                .contains("notification.recoveryApproved", "notification.recoveryReceipt",
                        "notification.recoveryRecovered");
    }

    @Test
    void neverMoreThanWasPaidLessTheOtherRecoveries() {
        PaidCompany company = fixture.paid(CountryCode.US, "3000.00");
        var officer = actors.newOfficer(CountryCode.US);

        assertThatThrownBy(() -> officer.call(() -> recoveries.open(usdRecovery(company, "3000.01"))))
                .isInstanceOfSatisfying(RecoveryExceedsPaidException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleKind.UNPROCESSABLE);
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.arguments()).containsExactly("USD 3000.00", "USD 0.00", "USD 3000.00");
                });
        RecoveryDetails first = officer.call(() -> recoveries.open(usdRecovery(company, "2000.00")));
        assertThatThrownBy(() -> officer.call(() -> recoveries.open(usdRecovery(company, "1000.01"))))
                .isInstanceOf(RecoveryExceedsPaidException.class);
        assertThat(officer.call(() -> recoveries.recoverable(company.companyId(), CurrencyCode.USD)).available())
                .isEqualTo(usd("1000.00"));
        assertThatThrownBy(() -> officer.call(() -> recoveries.open(new OpenRecovery(company.companyId(),
                CurrencyCode.KRW, new BigDecimal("1000"), "Nothing was paid in won", null))))
                .as("nothing was paid to it in KRW").isInstanceOf(RecoveryExceedsPaidException.class);
        assertThatThrownBy(() -> officer.call(() -> recoveries.open(usdRecovery(company, "10.001"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.ruleName()).isEqualTo("invalid-amount"));
        assertThatThrownBy(() -> officer.call(() -> recoveries.open(new OpenRecovery(company.companyId(),
                CurrencyCode.USD, new BigDecimal("10.00"), "Wrong round", company.roundId() + 999_999))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("roundId"));

        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> recoveries.withdraw(first.id(), null, null)))
                .as("only the opener withdraws").isInstanceOf(RecoverySeparationOfDutiesException.class);
        RecoveryDetails withdrawn = officer.call(() -> recoveries.withdraw(first.id(), null, "Opened for too much"));
        assertThat(withdrawn.status()).isEqualTo(RecoveryStatus.WITHDRAWN);
        RecoveryDetails second = officer.call(() -> recoveries.open(usdRecovery(company, "2500.00")));
        RecoveryDetails rejected = actors.newOfficer(CountryCode.US)
                .call(() -> recoveries.reject(second.id(), null, "The second payment was due after all"));
        assertThat(rejected.status()).isEqualTo(RecoveryStatus.REJECTED);
        assertThat(rejected.closingReason()).isEqualTo("The second payment was due after all");
        assertThat(officer.call(() -> recoveries.open(usdRecovery(company, "3000.00"))).status())
                .isEqualTo(RecoveryStatus.OPENED);
        assertLedgerSound();
    }

    @Test
    void onlyOfficersOfTheCompanysCountryActOnItsRecoveries() {
        PaidCompany company = fixture.paid(CountryCode.US, "500.00");
        var korean = actors.newOfficer(CountryCode.KR);

        assertThatThrownBy(() -> korean.call(() -> recoveries.open(usdRecovery(company, "100.00"))))
                .isInstanceOfSatisfying(OwnCountryOnlyException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN));
        RecoveryDetails opened = actors.newOfficer(CountryCode.US).call(() -> recoveries.open(usdRecovery(company, "100.00")));
        assertThatThrownBy(() -> korean.call(() -> recoveries.approve(opened.id(), null)))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThatThrownBy(() -> korean.call(() -> recoveries.reject(opened.id(), null, "not ours")))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThat(korean.call(() -> recoveries.get(opened.id())).status()).as("others read it")
                .isEqualTo(RecoveryStatus.OPENED);
        actors.newOfficer(CountryCode.US).call(() -> recoveries.approve(opened.id(), null));
        assertThatThrownBy(() -> korean.call(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(opened.id(),
                new BigDecimal("1.00"), LocalDate.now(ZoneOffset.UTC), "WIRE")))).isInstanceOf(OwnCountryOnlyException.class);
        assertThat(actors.newAuditor().call(() -> recoveries.list(new RecoveryQuery(RecoveryStatus.APPROVED,
                company.companyId()), new PageRequest(0, 20))).items()).extracting(r -> r.id()).containsExactly(opened.id());
        assertLedgerSound();
    }

    @Test
    void aCompanySeesOnlyItsOwnApprovedRecoveries() {
        PaidCompany mine = fixture.paid(CountryCode.KR, "2000000");
        PaidCompany other = fixture.paid(CountryCode.KR, "1000000");
        var opener = actors.newOfficer(CountryCode.KR);
        var approver = actors.newOfficer(CountryCode.KR);
        RecoveryDetails ours = opener.call(() -> recoveries.open(new OpenRecovery(mine.companyId(), CurrencyCode.KRW,
                new BigDecimal("500000"), "Duplicate transfer", mine.roundId())));
        RecoveryDetails pending = opener.call(() -> recoveries.open(new OpenRecovery(mine.companyId(), CurrencyCode.KRW,
                new BigDecimal("1000"), "Still under discussion", null)));
        RecoveryDetails theirs = opener.call(() -> recoveries.open(new OpenRecovery(other.companyId(), CurrencyCode.KRW,
                new BigDecimal("300000"), "Duplicate transfer", other.roundId())));
        approver.call(() -> recoveries.approve(ours.id(), null));
        approver.call(() -> recoveries.approve(theirs.id(), null));

        List<RecoveryDetails> seen = mine.user().call(() -> recoveries.myRecoveries());
        assertThat(seen).extracting(RecoveryDetails::id).containsExactly(ours.id());
        assertThat(seen.get(0).outstanding()).isEqualTo(Money.of("500000", CurrencyCode.KRW));
        assertThat(seen.get(0).openedBy()).isNull();
        assertThatThrownBy(() -> mine.user().call(() -> recoveries.get(theirs.id())))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> mine.user().call(() -> recoveries.get(pending.id())))
                .as("an unapproved recovery is the officers' matter").isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> mine.user().call(() -> recoveries.list(RecoveryQuery.all(), new PageRequest(0, 20))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(other.user().call(() -> recoveries.myRecoveries())).extracting(RecoveryDetails::id)
                .containsExactly(theirs.id());
        assertLedgerSound();
    }

    @Test
    void concurrentApprovalsPostOnceAndConcurrentReceiptsNeverOverRecover() throws InterruptedException, ExecutionException, TimeoutException {
        PaidCompany company = fixture.paid(CountryCode.US, "1000.00");
        RecoveryDetails opened = actors.newOfficer(CountryCode.US).call(() -> recoveries.open(usdRecovery(company, "900.00")));
        List<Actors.Actor> officers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            officers.add(actors.newOfficer(CountryCode.US));
        }
        List<String> approvals = race(officers, officer -> officer.call(() -> recoveries.approve(opened.id(), null)));
        assertThat(approvals).filteredOn("won"::equals).hasSize(1);
        assertThat(approvals).filteredOn(o -> !o.equals("won")).containsOnly("refused");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> receipts = race(officers, officer -> officer.call(() -> recoveries.recordReceipt(
                new RecordRecoveryReceipt(opened.id(), new BigDecimal("500.00"), today, "WIRE-" + officer.username()))));
        assertThat(receipts).filteredOn("won"::equals).hasSize(1);
        assertThat(receipts).filteredOn(o -> !o.equals("won")).containsOnly("refused");

        RecoveryDetails now = actors.newAuditor().call(() -> recoveries.get(opened.id()));
        assertThat(now.recovered()).isEqualTo(usd("500.00"));
        assertThat(now.receipts()).hasSize(1);
        assertThat(now.status()).isEqualTo(RecoveryStatus.PARTIALLY_RECOVERED);
        assertLedgerSound();
    }

    /** Runs the action once per officer at the same moment: "won", "refused" (a business rule) or the failure. */
    private static List<String> race(List<Actors.Actor> officers, Consumer<Actors.Actor> action)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Actors.Actor officer : officers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        action.accept(officer);
                        return "won";
                    } catch (BusinessRuleException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
