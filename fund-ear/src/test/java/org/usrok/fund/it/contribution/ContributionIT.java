package org.usrok.fund.it.contribution;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.contribution.ContributionExceedsPledgeException;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.ContributionStatus;
import org.usrok.fund.contribution.RecordContributionReceipt;
import org.usrok.fund.exchange.ExchangeRateExistsException;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.exchange.NoExchangeRateException;
import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.exchange.RecordExchangeRate;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pledges booked when a round opens, receipts recorded by the paying government's officers, rates as data. */
@ExtendWith(ArquillianExtension.class)
class ContributionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ContributionIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    ContributionService contributions;

    @Inject
    ExchangeRateService rates;

    @Inject
    LedgerService ledger;

    @Inject
    UserAccountService users;

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, null, null, null);
    }

    @Test
    void openingARoundBooksBothPledgesAndReceiptsReduceWhatIsOutstanding() {
        RoundDetails round = flow.openRound();
        var auditor = actors.newAuditor();
        JournalEntryRecord usPledge = auditor.call(() -> ledger.entry(round.usPledgeSequence()));
        assertThat(usPledge.eventId()).isEqualTo("round-" + round.id() + "-pledge-US");
        assertThat(usPledge.lines()).extracting(l -> l.account()).containsExactly("1100-USD", "3100-USD");
        assertThat(usPledge.lines().get(0).amount()).isEqualTo(Money.of("1000000.00", CurrencyCode.USD));
        JournalEntryRecord krPledge = auditor.call(() -> ledger.entry(round.krPledgeSequence()));
        assertThat(krPledge.lines()).extracting(l -> l.account()).containsExactly("1110-KRW", "3110-KRW");

        var krOfficer = actors.newOfficer(CountryCode.KR);
        var receipt = krOfficer.call(() -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                CountryCode.KR, new BigDecimal("300000000"), LocalDate.now(), "BOK-WIRE-0001")));
        JournalEntryRecord booked = auditor.call(() -> ledger.entry(receipt.ledgerSequence()));
        assertThat(booked.lines()).extracting(l -> l.account()).containsExactly("1200-KRW", "1110-KRW");

        List<ContributionStatus> status = auditor.call(() -> contributions.status(round.id()));
        ContributionStatus kr = status.stream().filter(s -> s.government() == CountryCode.KR).findFirst().orElseThrow();
        assertThat(kr.pledged()).isEqualTo(Money.of("1300000000", CurrencyCode.KRW));
        assertThat(kr.received()).isEqualTo(Money.of("300000000", CurrencyCode.KRW));
        assertThat(kr.outstanding()).isEqualTo(Money.of("1000000000", CurrencyCode.KRW));
        ContributionStatus us = status.stream().filter(s -> s.government() == CountryCode.US).findFirst().orElseThrow();
        assertThat(us.received()).isEqualTo(Money.zero(CurrencyCode.USD));

        assertThatThrownBy(() -> krOfficer.call(() -> contributions.recordReceipt(new RecordContributionReceipt(
                round.id(), CountryCode.US, new BigDecimal("10.00"), LocalDate.now(), "X"))))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThatThrownBy(() -> krOfficer.call(() -> contributions.recordReceipt(new RecordContributionReceipt(
                round.id(), CountryCode.KR, new BigDecimal("1000000001"), LocalDate.now(), "X"))))
                .isInstanceOf(ContributionExceedsPledgeException.class);
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).isTrue();
    }

    @Test
    void concurrentReceiptsNeverExceedThePledge() throws InterruptedException, ExecutionException, TimeoutException {
        RoundDetails round = flow.openRound();
        var pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                var officer = actors.newOfficer(CountryCode.US);
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        officer.call(() -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                                CountryCode.US, new BigDecimal("400000.00"), LocalDate.now(), "FED-" + n)));
                        return true;
                    } catch (ContributionExceedsPledgeException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        var us = actors.newAuditor().call(() -> contributions.status(round.id())).stream()
                .filter(s -> s.government() == CountryCode.US).findFirst().orElseThrow();
        assertThat(us.received()).isEqualTo(Money.of("800000.00", CurrencyCode.USD));
        assertThat(us.receipts()).hasSize(2);
    }

    @Test
    void exchangeRatesAreDatedSourcedAndNeverOverwritten() {
        var officer = actors.newOfficer(CountryCode.KR);
        LocalDate day = LocalDate.of(1000, 1, 1).plusDays(new java.security.SecureRandom().nextInt(300_000));
        ExchangeRateSummary first = officer.call(() -> rates.record(new RecordExchangeRate(CurrencyCode.USD,
                CurrencyCode.KRW, new BigDecimal("1385.20"), day, RateSource.BANK_OF_KOREA_ECOS, "ECOS 731Y001")));
        assertThat(first.enteredBy()).isEqualTo(officer.username());
        assertThatThrownBy(() -> officer.call(() -> rates.record(new RecordExchangeRate(CurrencyCode.USD,
                CurrencyCode.KRW, new BigDecimal("1390.00"), day, RateSource.BANK_OF_KOREA_ECOS, null))))
                .isInstanceOf(ExchangeRateExistsException.class);
        ExchangeRateSummary found = officer.call(() -> rates.rateOn(CurrencyCode.USD, CurrencyCode.KRW, day.plusDays(1)));
        assertThat(found.effectiveOn()).isBeforeOrEqualTo(day.plusDays(1));
        assertThatThrownBy(() -> officer.call(() -> rates.rateOn(CurrencyCode.USD, CurrencyCode.KRW,
                LocalDate.of(999, 12, 31)))).isInstanceOf(NoExchangeRateException.class);
    }
}
