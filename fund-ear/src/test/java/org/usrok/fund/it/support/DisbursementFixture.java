package org.usrok.fund.it.support;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.payout.RegisterPayoutAccount;
import org.usrok.fund.payout.VerifyPayoutAccount;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Builds what a disbursement starts from, through the real services as fresh users: a round whose
 * allocation is committed (proportional per country, with enough received that every approved claim
 * is allocated in full), verified payout accounts of the claiming companies, released batches and
 * companies actually paid. An in-container test injects it ({@code @Inject DisbursementFixture
 * fixture}); being {@code @Dependent}, each test instance gets its own, and every call creates new
 * data, so tests never share state.
 */
@Dependent
public class DisbursementFixture {

    @Inject
    UserAccountService users;
    @Inject
    RoundService rounds;
    @Inject
    CompanyService companies;
    @Inject
    ApplicationService applications;
    @Inject
    ClaimService claims;
    @Inject
    ContributionService contributions;
    @Inject
    AllocationService allocations;
    @Inject
    PayoutAccountService payoutAccounts;
    @Inject
    DisbursementService disbursements;
    @Inject
    LedgerService ledger;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;
    private AllocationFixture allocation;

    @PostConstruct
    void wire() {
        actors = new Actors(users);
        allocation = new AllocationFixture(actors, new Workflow(actors, rounds, companies, applications, claims),
                rounds, claims, contributions, dataSource);
    }

    public Actors actors() {
        return actors;
    }

    /** The rounds-ready-for-allocation fixture this one builds on, with the same actors. */
    public AllocationFixture allocation() {
        return allocation;
    }

    /** A round with its allocation committed; each claim (one company each) is allocated its approved amount. */
    public record Committed(RoundDetails round, List<ClaimDetails> usClaims, List<ClaimDetails> krClaims) {

        public ClaimDetails us(int index) {
            return usClaims.get(index);
        }

        public ClaimDetails kr(int index) {
            return krClaims.get(index);
        }
    }

    /** A committed allocation of approved U.S. claims (USD amounts) and Korean claims (KRW amounts). */
    public Committed committed(List<String> usAmounts, List<String> krAmounts) {
        BigDecimal usTotal = usAmounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal krTotal = krAmounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        RoundDetails round = allocation.openRoundWithReceipts(usTotal.toPlainString(), krTotal.toPlainString());
        List<ClaimDetails> us = new ArrayList<>();
        for (String amount : usAmounts) {
            us.add(allocation.approvedClaim(round, CountryCode.US, amount));
        }
        List<ClaimDetails> kr = new ArrayList<>();
        for (String amount : krAmounts) {
            kr.add(allocation.approvedClaim(round, CountryCode.KR, amount));
        }
        allocation.closeClaims(round);
        ScenarioDetails scenario = actors.newOfficer(CountryCode.US).call(() -> allocations.simulate(new RunScenario(
                round.id(), "Proportional per country", AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY,
                PoolMode.PER_COUNTRY, null, null, null, null, null, null, null)));
        actors.newOfficer(CountryCode.KR).call(() -> allocations.propose(scenario.id(), null));
        actors.newOfficer(CountryCode.US).call(() -> allocations.approve(scenario.id(), null));
        actors.newOfficer(CountryCode.KR).call(() -> allocations.approve(scenario.id(), null));
        return new Committed(round, us, kr);
    }

    /** An open round, nothing received, no claims: not ready for disbursement. */
    public RoundDetails openRound() {
        return allocation.openRoundWithReceipts("0", "0");
    }

    /** The user of the company that filed the claim. */
    public Actors.Actor companyUser(ClaimDetails claim) {
        return allocation.companyUser(claim);
    }

    /** Registers a new payout account (a new account number each time) for the claim's company, in its currency. */
    public PayoutAccountSummary registerAccount(ClaimDetails claim) {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        RegisterPayoutAccount command = claim.currency() == CurrencyCode.USD
                ? new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA, claim.companyName(), "021000021",
                        null, number, null, null)
                : new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.KR_BANK, claim.companyName(), null, "004",
                        number + "01", null, null);
        return companyUser(claim).call(() -> payoutAccounts.register(command));
    }

    /** Has an officer of the account's company's country verify it. */
    public PayoutAccountSummary verify(PayoutAccountSummary account) {
        return actors.newOfficer(account.companyCountry()).call(() -> payoutAccounts.verify(
                new VerifyPayoutAccount(account.id(), null)));
    }

    /** A new, verified payout account of the claim's company in its currency. */
    public PayoutAccountSummary verifiedAccount(ClaimDetails claim) {
        return verify(registerAccount(claim));
    }

    /**
     * A batch of all the round's payable companies in the currency, prepared by one officer of the
     * paying government and released, on the version prepared, by another.
     */
    public BatchDetails released(long roundId, CurrencyCode currency) {
        CountryCode country = currency == CurrencyCode.USD ? CountryCode.US : CountryCode.KR;
        BatchDetails prepared = actors.newOfficer(country).call(() -> disbursements.prepare(
                new PrepareBatch(roundId, currency, null)));
        return actors.newOfficer(country).call(() -> disbursements.release(prepared.id(), prepared.version()));
    }

    /**
     * A new company of {@code country} paid {@code amount} (USD for U.S. companies, KRW for Korean
     * ones): its claim allocated in full, its account verified, and a batch paying it released.
     */
    public PaidCompany paid(CountryCode country, String amount) {
        Committed committed = country == CountryCode.US
                ? committed(List.of(amount), List.of())
                : committed(List.of(), List.of(amount));
        ClaimDetails claim = country == CountryCode.US ? committed.us(0) : committed.kr(0);
        verifiedAccount(claim);
        return new PaidCompany(claim, released(committed.round().id(), claim.currency()), companyUser(claim));
    }

    /** Every ledger account's balance now, by account code, as an auditor reads it. */
    public Map<String, Money> balances() {
        return actors.newAuditor().call(() -> ledger.balancesAsOf(null)).stream()
                .collect(Collectors.toMap(t -> t.account().code(), AccountTotals::balance));
    }
}
