package org.usrok.fund.it.payout;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyRequiredException;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.CompanyNotVerifiedException;
import org.usrok.fund.payout.PayableAccount;
import org.usrok.fund.payout.PayoutAccountQuery;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountStatus;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.payout.RegisterPayoutAccount;
import org.usrok.fund.payout.RejectPayoutAccount;
import org.usrok.fund.payout.VerifyPayoutAccount;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Payout accounts through the service, inside the server, against the real database: registration,
 * verification by an officer of the company's own country only, a change of account that stops
 * payment until verified, rejection with a reason, and masking for everyone else.
 */
@ExtendWith(ArquillianExtension.class)
class PayoutAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(PayoutAccountIT.class);
    }

    @Inject
    PayoutAccountService accounts;

    @Inject
    CompanyService companies;

    @Inject
    UserAccountService users;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationService notifications;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    private record VerifiedCompany(Actors.Actor user, CompanyDetails company, Actors.Actor officer) {
    }

    private VerifiedCompany verifiedCompany(CountryCode country) {
        var user = actors.newCompanyUser(country);
        CompanyDetails registered = user.call(() -> companies.register(
                country == CountryCode.US ? TestData.usCompany() : TestData.krCompany()));
        var officer = actors.newOfficer(country);
        CompanyDetails verified = officer.call(() -> companies.verify(
                new VerifyCompany(registered.id(), registered.version())));
        return new VerifiedCompany(user, verified, officer);
    }

    private static RegisterPayoutAccount usAccount(String accountNumber) {
        return new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA, "Sierra Cobalt Refining Corp",
                "0210-0002-1", null, accountNumber, null, "chasus33");
    }

    private static RegisterPayoutAccount krAccount(String bankCode, String accountNumber) {
        return new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.KR_BANK, "한빛소재 주식회사", null, bankCode,
                accountNumber, null, null);
    }

    private Actors.Actor payer(CountryCode country) {
        return actors.newOfficer(country);
    }

    @Test
    void anOfficerOfTheCompanysCountryVerifiesANewAccountWhichThenIsPayable() {
        var c = verifiedCompany(CountryCode.US);

        PayoutAccountSummary registered = c.user().call(() -> accounts.register(usAccount("0001 2345-6789")));

        assertThat(registered.status()).isEqualTo(PayoutAccountStatus.PENDING_VERIFICATION);
        assertThat(registered.current()).isTrue();
        assertThat(registered.payable()).isFalse();
        assertThat(registered.accountIdentifier()).isEqualTo("000123456789");
        assertThat(registered.masked()).isFalse();
        assertThat(registered.bankIdentifier()).isEqualTo("021000021");
        assertThat(registered.bic()).isEqualTo("CHASUS33");
        assertThat(registered.registeredBy()).isEqualTo(c.user().username());
        var officerUs = payer(CountryCode.US);
        assertThat(officerUs.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD))).isEmpty();

        PayoutAccountSummary verified = c.officer().call(() -> accounts.verify(
                new VerifyPayoutAccount(registered.id(), registered.version())));

        assertThat(verified.status()).isEqualTo(PayoutAccountStatus.VERIFIED);
        assertThat(verified.payable()).isTrue();
        assertThat(verified.verifiedBy()).isEqualTo(c.officer().username());
        assertThat(verified.verifiedAt()).isNotNull();
        PayableAccount payable = officerUs.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD))
                .orElseThrow();
        assertThat(payable).isEqualTo(new PayableAccount(registered.id(), verified.version(), c.company().id(),
                CurrencyCode.USD, AccountScheme.US_ABA, "Sierra Cobalt Refining Corp", "021000021", "000123456789",
                "CHASUS33", CountryCode.US));
        assertThat(officerUs.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.KRW))).isEmpty();

        var history = c.officer().call(() -> accounts.history(registered.id()));
        assertThat(history).extracting(e -> e.action())
                .containsExactly("PAYOUT_ACCOUNT_REGISTERED", "PAYOUT_ACCOUNT_VERIFIED");
        assertThat(history.get(1).actor()).isEqualTo(c.officer().username());
        assertThat(history).allSatisfy(e -> assertThat(e.after()).doesNotContain("000123456789").contains("****6789"));
        assertThat(c.user().call(() -> notifications.inbox(false, new PageRequest(0, 20))).items())
                .filteredOn(n -> n.subjectId() == registered.id())
                .extracting(n -> n.kind())
                .contains("PAYOUT_ACCOUNT_REGISTERED", "PAYOUT_ACCOUNT_VERIFIED");
        assertThat(c.officer().call(() -> notifications.inbox(false, new PageRequest(0, 50))).items())
                .anyMatch(n -> n.subjectId() == registered.id() && n.kind().equals("PAYOUT_ACCOUNT_REGISTERED"));
    }

    @Test
    void anOfficerOfTheOtherCountryIsRefusedAndNothingChanges() {
        var c = verifiedCompany(CountryCode.KR);
        PayoutAccountSummary registered = c.user().call(() -> accounts.register(krAccount("088", "110-123-456789")));
        var usOfficer = actors.newOfficer(CountryCode.US);

        assertThatThrownBy(() -> usOfficer.call(() -> accounts.verify(
                new VerifyPayoutAccount(registered.id(), registered.version()))))
                .isInstanceOfSatisfying(OwnCountryOnlyException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN));
        assertThatThrownBy(() -> usOfficer.call(() -> accounts.reject(
                new RejectPayoutAccount(registered.id(), registered.version(), "not ours"))))
                .isInstanceOf(OwnCountryOnlyException.class);

        var stored = c.officer().call(() -> accounts.get(registered.id()));
        assertThat(stored.status()).isEqualTo(PayoutAccountStatus.PENDING_VERIFICATION);
        assertThat(stored.version()).isEqualTo(registered.version());
        assertThat(c.officer().call(() -> accounts.history(registered.id()))).hasSize(1);
    }

    @Test
    void aChangeOfAccountIsNotPayableUntilVerifiedAndThenSupersedesTheOldOne() {
        var c = verifiedCompany(CountryCode.US);
        var first = c.user().call(() -> accounts.register(usAccount("111122223333")));
        c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(first.id(), first.version())));
        var payer = payer(CountryCode.US);
        assertThat(payer.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD)))
                .hasValueSatisfying(p -> assertThat(p.accountId()).isEqualTo(first.id()));

        var change = c.user().call(() -> accounts.register(usAccount("999988887777")));

        assertThat(change.replacesId()).isEqualTo(first.id());
        assertThat(payer.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD))).isEmpty();
        var old = c.user().call(() -> accounts.get(first.id()));
        assertThat(old.status()).isEqualTo(PayoutAccountStatus.VERIFIED);
        assertThat(old.current()).isFalse();
        assertThat(old.payable()).isFalse();

        var verified = c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(change.id(), change.version())));

        assertThat(payer.call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD)))
                .hasValueSatisfying(p -> {
                    assertThat(p.accountId()).isEqualTo(change.id());
                    assertThat(p.accountVersion()).isEqualTo(verified.version());
                    assertThat(p.accountIdentifier()).isEqualTo("999988887777");
                });
        var superseded = c.user().call(() -> accounts.get(first.id()));
        assertThat(superseded.status()).isEqualTo(PayoutAccountStatus.SUPERSEDED);
        assertThat(superseded.supersededAt()).isNotNull();
        assertThat(c.user().call(() -> accounts.mine())).extracting(PayoutAccountSummary::id, PayoutAccountSummary::status)
                .containsExactly(tuple(change.id(), PayoutAccountStatus.VERIFIED),
                        tuple(first.id(), PayoutAccountStatus.SUPERSEDED));
        assertThat(c.officer().call(() -> accounts.history(first.id()))).extracting(e -> e.action())
                .containsExactly("PAYOUT_ACCOUNT_REGISTERED", "PAYOUT_ACCOUNT_VERIFIED", "PAYOUT_ACCOUNT_REPLACED",
                        "PAYOUT_ACCOUNT_SUPERSEDED");
    }

    @Test
    void aSecondChangeWhileOneIsPendingSupersedesThePendingOne() {
        var c = verifiedCompany(CountryCode.KR);
        var first = c.user().call(() -> accounts.register(krAccount("004", "1234567890")));
        var second = c.user().call(() -> accounts.register(krAccount("081", "12345678901234")));

        assertThat(c.user().call(() -> accounts.get(first.id())).status()).isEqualTo(PayoutAccountStatus.SUPERSEDED);
        assertThatThrownBy(() -> c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(first.id(), null))))
                .isInstanceOf(StateTransitionRefusedException.class);
        c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(second.id(), null)));
        assertThat(payer(CountryCode.KR).call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.KRW)))
                .hasValueSatisfying(p -> {
                    assertThat(p.bankIdentifier()).isEqualTo("081");
                    assertThat(p.bankCountry()).isEqualTo(CountryCode.KR);
                });
    }

    @Test
    void aRejectedChangeNeedsAReasonAndPutsTheVerifiedAccountBack() {
        var c = verifiedCompany(CountryCode.KR);
        var first = c.user().call(() -> accounts.register(krAccount("088", "110-123-456789")));
        c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(first.id(), first.version())));
        var change = c.user().call(() -> accounts.register(krAccount("090", "3333-01-2345678")));

        assertThatThrownBy(() -> c.officer().call(() -> accounts.reject(
                new RejectPayoutAccount(change.id(), change.version(), " "))))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                                .map(Object::toString)).anyMatch(p -> p.endsWith("reason")));

        var rejected = c.officer().call(() -> accounts.reject(new RejectPayoutAccount(change.id(), change.version(),
                "The company's finance director did not confirm this change by phone")));

        assertThat(rejected.status()).isEqualTo(PayoutAccountStatus.REJECTED);
        assertThat(rejected.current()).isFalse();
        assertThat(rejected.rejectedBy()).isEqualTo(c.officer().username());
        var seenByCompany = c.user().call(() -> accounts.get(change.id()));
        assertThat(seenByCompany.rejectionReason()).contains("did not confirm");
        assertThat(seenByCompany.rejectedBy()).isEqualTo("OFFICER_KR");
        assertThat(payer(CountryCode.KR).call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.KRW)))
                .hasValueSatisfying(p -> assertThat(p.accountId()).isEqualTo(first.id()));
        assertThat(c.user().call(() -> accounts.get(first.id())).current()).isTrue();
        assertThat(c.user().call(() -> notifications.inbox(true, new PageRequest(0, 20))).items())
                .anyMatch(n -> n.subjectId() == change.id() && n.kind().equals("PAYOUT_ACCOUNT_REJECTED")
                        && n.messageArgs().toString().contains("did not confirm"));
        assertThatThrownBy(() -> c.officer().call(() -> accounts.verify(new VerifyPayoutAccount(change.id(), null))))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void accountNumbersAreMaskedForEveryoneButTheCompanyAndItsCountrysOfficers() {
        var c = verifiedCompany(CountryCode.US);
        var registered = c.user().call(() -> accounts.register(usAccount("000123456789")));
        var krOfficer = actors.newOfficer(CountryCode.KR);
        var auditor = actors.newAuditor();
        var otherCompany = verifiedCompany(CountryCode.US);

        assertThat(c.user().call(() -> accounts.get(registered.id())).accountIdentifier()).isEqualTo("000123456789");
        assertThat(c.officer().call(() -> accounts.get(registered.id())).accountIdentifier()).isEqualTo("000123456789");
        var seenByKr = krOfficer.call(() -> accounts.get(registered.id()));
        assertThat(seenByKr.accountIdentifier()).isEqualTo("****6789");
        assertThat(seenByKr.masked()).isTrue();
        assertThat(auditor.call(() -> accounts.get(registered.id())).accountIdentifier()).isEqualTo("****6789");
        var queueSeenByKr = krOfficer.call(() -> accounts.list(new PayoutAccountQuery(
                PayoutAccountStatus.PENDING_VERIFICATION, CountryCode.US, null, c.company().id(), null),
                new PageRequest(0, 10)));
        assertThat(queueSeenByKr.items()).singleElement()
                .satisfies(a -> assertThat(a.accountIdentifier()).isEqualTo("****6789"));
        assertThatThrownBy(() -> otherCompany.user().call(() -> accounts.get(registered.id())))
                .isInstanceOf(EntityNotFoundException.class);
        assertThat(otherCompany.user().call(() -> accounts.mine())).isEmpty();
        assertThatThrownBy(() -> c.user().call(() -> accounts.payableAccount(c.company().id(), CurrencyCode.USD)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theOfficersQueueListsPendingAccountsOfTheirCountryPaged() {
        var a = verifiedCompany(CountryCode.KR);
        var b = verifiedCompany(CountryCode.KR);
        var pendingA = a.user().call(() -> accounts.register(krAccount("020", "1002123456789")));
        var pendingB = b.user().call(() -> accounts.register(krAccount("011", "3010123456781")));
        var verifiedB = b.officer().call(() -> accounts.verify(new VerifyPayoutAccount(pendingB.id(), null)));
        var officer = actors.newOfficer(CountryCode.KR);

        var queue = officer.call(() -> accounts.list(new PayoutAccountQuery(PayoutAccountStatus.PENDING_VERIFICATION,
                CountryCode.KR, null, null, null), new PageRequest(0, 200)));

        assertThat(queue.items()).extracting(PayoutAccountSummary::id).contains(pendingA.id())
                .doesNotContain(verifiedB.id());
        assertThat(queue.items()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(PayoutAccountStatus.PENDING_VERIFICATION);
            assertThat(s.companyCountry()).isEqualTo(CountryCode.KR);
        });
        var pageOfOne = officer.call(() -> accounts.list(new PayoutAccountQuery(null, CountryCode.KR, CurrencyCode.KRW,
                b.company().id(), null), new PageRequest(0, 1)));
        assertThat(pageOfOne.total()).isEqualTo(1);
        assertThat(pageOfOne.items()).singleElement().satisfies(s -> {
            assertThat(s.companyName()).isEqualTo(b.company().legalName());
            assertThat(s.bankName()).isEqualTo("NongHyup Bank");
            assertThat(s.bankNameKo()).isEqualTo("NH농협은행");
        });
        String namePart = a.company().legalName().substring(0, a.company().legalName().length() - 2)
                .toUpperCase(Locale.ROOT);
        var byName = officer.call(() -> accounts.list(new PayoutAccountQuery(null, null, null, null, namePart),
                new PageRequest(0, 50)));
        assertThat(byName.items()).extracting(PayoutAccountSummary::companyId).contains(a.company().id());
    }

    @Test
    void aStaleVersionIsRefused() {
        var c = verifiedCompany(CountryCode.US);
        var registered = c.user().call(() -> accounts.register(usAccount("55554444")));

        assertThatThrownBy(() -> c.officer().call(() -> accounts.verify(
                new VerifyPayoutAccount(registered.id(), registered.version() + 1))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(c.officer().call(() -> accounts.get(registered.id())).status())
                .isEqualTo(PayoutAccountStatus.PENDING_VERIFICATION);
    }

    @Test
    void onlyUsersOfAVerifiedCompanyRegisterAndBadInputNamesItsFields() {
        var noCompany = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> noCompany.call(() -> accounts.register(usAccount("12345678"))))
                .isInstanceOf(CompanyRequiredException.class);
        var pendingCompanyUser = actors.newCompanyUser(CountryCode.US);
        pendingCompanyUser.call(() -> companies.register(TestData.usCompany()));
        assertThatThrownBy(() -> pendingCompanyUser.call(() -> accounts.register(usAccount("12345678"))))
                .isInstanceOf(CompanyNotVerifiedException.class);
        var officer = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> officer.call(() -> accounts.register(usAccount("12345678"))))
                .isInstanceOf(EJBAccessException.class);

        var c = verifiedCompany(CountryCode.US);
        var invalid = new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.US_ABA, "", "021000022", null, "12",
                null, "NOTABIC");
        assertThatThrownBy(() -> c.user().call(() -> accounts.register(invalid)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                                .map(Object::toString).map(p -> p.substring(p.lastIndexOf('.') + 1)))
                        .containsExactlyInAnyOrder("currency", "holderName", "routingNumber", "accountNumber", "bic"));
        assertThat(c.user().call(() -> accounts.mine())).isEmpty();
    }

    @Test
    void concurrentRegistrationsLeaveExactlyOneCurrentAccount()
            throws InterruptedException, ExecutionException, TimeoutException {
        var c = verifiedCompany(CountryCode.US);
        int requests = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String number = "7000000" + i;
                outcomes.add(pool.submit(register(start, () -> c.user().call(
                        () -> accounts.register(usAccount(number))))));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).allMatch(r -> r instanceof PayoutAccountSummary || r instanceof ConcurrentChangeException);
            var mine = c.user().call(() -> accounts.mine());
            assertThat(mine).filteredOn(PayoutAccountSummary::current).hasSize(1);
            assertThat(mine).filteredOn(a -> !a.current())
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(PayoutAccountStatus.SUPERSEDED));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Object> register(CountDownLatch start, Actors.ServiceCall<Object> registration) {
        return () -> {
            start.await();
            try {
                return registration.call();
            } catch (ConcurrentChangeException refused) {
                return refused;
            }
        };
    }
}
