package org.usrok.fund.it.ledger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.AccountBalance;
import org.usrok.fund.ledger.EventPostedDifferentlyException;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.ledger.UnbalancedEntryException;
import org.usrok.fund.ledger.UnknownAccountException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Posting to the hash-chained ledger inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class LedgerPostingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(LedgerPostingIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    private static Map<String, Long> balances(List<AccountBalance> trial) {
        return trial.stream().collect(Collectors.toMap(AccountBalance::account, b -> b.debitMinusCredit().minorUnits()));
    }

    @Test
    void aBalancedEntryJoinsTheChainAndMovesTheBalances() {
        var officer = actors.newOfficer(CountryCode.US);
        Map<String, Long> before = balances(officer.call(() -> ledger.trialBalance()));

        JournalEntryRecord posted = officer.call(() -> ledger.post(TestData.usdReceipt("it-" + TestData.suffix(), "1234.56")));

        assertThat(posted.sequence()).isPositive();
        assertThat(posted.actor()).isEqualTo(officer.username());
        assertThat(posted.hash()).hasSize(64).isNotEqualTo(posted.previousHash());
        Map<String, Long> after = balances(officer.call(() -> ledger.trialBalance()));
        assertThat(after.get("1200-USD") - before.get("1200-USD")).isEqualTo(123456);
        assertThat(after.get("1100-USD") - before.get("1100-USD")).isEqualTo(-123456);
        var verification = officer.call(() -> ledger.verifyChain());
        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(posted.sequence());
    }

    @Test
    void unbalancedEntriesAndUnknownAccountsAreRefused() {
        var officer = actors.newOfficer(CountryCode.KR);
        var unbalanced = new PostEntry("it-" + TestData.suffix(), LocalDate.now(), null, null, null,
                List.of(JournalLine.debit("1200-KRW", Money.of("1000", CurrencyCode.KRW)),
                        JournalLine.credit("1110-KRW", Money.of("999", CurrencyCode.KRW))));
        assertThatThrownBy(() -> officer.call(() -> ledger.post(unbalanced)))
                .isInstanceOfSatisfying(UnbalancedEntryException.class,
                        e -> assertThat(e.arguments().get(0).toString()).contains("KRW").contains("1"));
        var mixed = new PostEntry("it-" + TestData.suffix(), LocalDate.now(), null, null, null,
                List.of(JournalLine.debit("1200-USD", Money.of("1.00", CurrencyCode.USD)),
                        JournalLine.credit("1110-KRW", Money.of("1300", CurrencyCode.KRW))));
        assertThatThrownBy(() -> officer.call(() -> ledger.post(mixed))).isInstanceOf(UnbalancedEntryException.class);
        var wrongCurrency = new PostEntry("it-" + TestData.suffix(), LocalDate.now(), null, null, null,
                List.of(JournalLine.debit("1200-USD", Money.of("1000", CurrencyCode.KRW)),
                        JournalLine.credit("1110-KRW", Money.of("1000", CurrencyCode.KRW))));
        assertThatThrownBy(() -> officer.call(() -> ledger.post(wrongCurrency)))
                .isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void theSameEventPostedTwiceIsOneEntry() {
        var officer = actors.newOfficer(CountryCode.US);
        String event = "it-" + TestData.suffix();

        var first = officer.call(() -> ledger.post(TestData.usdReceipt(event, "10.00")));
        var again = officer.call(() -> ledger.post(TestData.usdReceipt(event, "10.00")));

        assertThat(again.sequence()).isEqualTo(first.sequence());
        assertThat(again.hash()).isEqualTo(first.hash());
        assertThatThrownBy(() -> officer.call(() -> ledger.post(TestData.usdReceipt(event, "11.00"))))
                .isInstanceOf(EventPostedDifferentlyException.class);
    }

    @Test
    void onlyOfficersPost() {
        var auditor = actors.newAuditor();
        assertThatThrownBy(() -> auditor.call(() -> ledger.post(TestData.usdReceipt("it-" + TestData.suffix(), "1.00"))))
                .isInstanceOf(EJBAccessException.class);
        var company = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> company.call(() -> ledger.trialBalance())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void parallelPostersNeverForkTheChainNorLoseAnEntry()
            throws InterruptedException, ExecutionException, TimeoutException {
        var officer = actors.newOfficer(CountryCode.US);
        Map<String, Long> before = balances(officer.call(() -> ledger.trialBalance()));
        int threads = 16;
        int perThread = 200;
        String run = TestData.suffix();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> sequences = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String event = "it-" + run + "-" + thread + "-" + i;
                        sequences.add(officer.call(() -> ledger.post(TestData.usdReceipt(event, "0.01"))).sequence());
                    }
                    return sequences;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get(5, TimeUnit.MINUTES));
            }

            assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
            var verification = officer.call(() -> ledger.verifyChain());
            assertThat(verification.ok()).as(verification.toString()).isTrue();
            Map<String, Long> after = balances(officer.call(() -> ledger.trialBalance()));
            assertThat(after.get("1200-USD") - before.get("1200-USD")).isEqualTo(threads * perThread);
            assertThat(after.get("1100-USD") - before.get("1100-USD")).isEqualTo(-threads * perThread);
            for (String currency : List.of("-USD", "-KRW")) {
                assertThat(after.entrySet().stream().filter(e -> e.getKey().endsWith(currency))
                        .mapToLong(Map.Entry::getValue).sum()).as(currency).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
