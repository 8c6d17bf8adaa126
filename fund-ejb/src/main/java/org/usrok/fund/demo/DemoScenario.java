package org.usrok.fund.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplyToRound;
import org.usrok.fund.application.DecideApplication;
import org.usrok.fund.application.DiversificationPlan;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.application.SourceInput;
import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.LineReview;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.RecordContributionReceipt;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.exchange.RecordExchangeRate;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.payout.RegisterPayoutAccount;
import org.usrok.fund.payout.VerifyPayoutAccount;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.round.DraftRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import java.math.BigDecimal;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo's business story, played through the real services as the demo users themselves (so
 * every rule, audit record and notification is the genuine one): a round drafted by a U.S.
 * officer and signed off by one officer of each government, whose windows are open around the
 * day the demo starts, with both pledges booked, the full ROK and part of the U.S. contribution
 * received, and a USD/KRW rate recorded; the U.S. demo company's application approved; the Korean demo company's
 * application waiting for review; and a U.S. claim with two lines waiting for review. A second round's
 * claims are closed, ready for allocation; its four companies have verified payout accounts, and
 * one of them has registered a change of account that waits for verification.
 */
@Stateless
@PermitAll
public class DemoScenario {

    @Inject
    RoundService rounds;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    ContributionService contributions;

    @Inject
    ExchangeRateService rates;

    @Inject
    AllocationService allocations;

    @Inject
    PayoutAccountService payoutAccounts;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void play() {
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        LocalDate pledged = today.toLocalDate().minusDays(45);
        RoundDetails round = as("us.officer1", Role.OFFICER_US, () -> rounds.draft(new DraftRound(
                "2026 Battery Materials Diversification Round", "2026년 배터리 소재 공급망 다변화 공모",
                today.minus(Duration.ofDays(30)), today.plus(Duration.ofDays(90)),
                today.minus(Duration.ofDays(14)), today.plus(Duration.ofDays(180)),
                "Asia/Seoul", new BigDecimal("50"), new BigDecimal("50000000.00"), pledged,
                new BigDecimal("65000000000"), pledged,
                List.of("LITHIUM", "GRAPHITE", "NICKEL", "COBALT", "MANGANESE"),
                List.of("SUPPLIER_QUALIFICATION", "PRICE_DIFFERENTIAL", "DUAL_SOURCING_TOOLING", "RELOCATION_CAPEX",
                        "SAFETY_STOCK", "LOGISTICS_REROUTING", "CERTIFICATION_TESTING", "OTHER"))));
        as("us.officer2", Role.OFFICER_US, () -> rounds.signOff(round.id(), null));
        as("kr.officer1", Role.OFFICER_KR, () -> rounds.signOff(round.id(), null));
        as("us.officer1", Role.OFFICER_US, () -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                CountryCode.US, new BigDecimal("20000000.00"), pledged.plusDays(20), "FEDWIRE 20261015-0042")));
        as("kr.officer2", Role.OFFICER_KR, () -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                CountryCode.KR, new BigDecimal("65000000000"), pledged.plusDays(25), "한국은행 이체 2026-1020-117")));
        as("kr.officer2", Role.OFFICER_KR, () -> rates.record(new RecordExchangeRate(CurrencyCode.USD, CurrencyCode.KRW,
                new BigDecimal("1385.20"), today.toLocalDate().minusDays(1), RateSource.BANK_OF_KOREA_ECOS,
                "ECOS 731Y001, daily closing rate")));

        ApplicationDetails us = as("us.company", Role.COMPANY, () -> applications.apply(new ApplyToRound(round.id(),
                new DiversificationPlan("Qualify an Australian spodumene converter and a Canadian graphite anode "
                        + "supplier to bring the share of our single largest source from 85% to under 40% by 2028.",
                        today.toLocalDate().minusDays(60), today.toLocalDate().plusYears(2),
                        List.of("LITHIUM", "GRAPHITE"),
                        List.of(new SourceInput("CN", "Jiangxi Anode Materials Co.", new BigDecimal("85")),
                                new SourceInput("KR", "Pohang Graphite Works", new BigDecimal("15"))),
                        List.of(new SourceInput("AU", "Pilbara Lithium Converters Pty Ltd", new BigDecimal("35")),
                                new SourceInput("CA", "Laurentian Graphite Inc.", new BigDecimal("35")),
                                new SourceInput("CN", "Jiangxi Anode Materials Co.", new BigDecimal("30")))))));
        as("us.company", Role.COMPANY, () -> applications.submit(us.id(), null));
        as("us.officer1", Role.OFFICER_US, () -> applications.startReview(us.id(), null));
        as("us.officer1", Role.OFFICER_US, () -> applications.decide(
                new DecideApplication(us.id(), ReviewDecision.APPROVE, "Plan and sources verified", null)));

        ApplicationDetails kr = as("kr.company", Role.COMPANY, () -> applications.apply(new ApplyToRound(round.id(),
                new DiversificationPlan("인도네시아 및 호주산 니켈·코발트 전구체 공급처를 추가 확보하여 단일 국가 의존도를 "
                        + "2028년까지 50% 미만으로 낮춥니다. (Add Indonesian and Australian nickel/cobalt precursor suppliers.)",
                        today.toLocalDate().minusDays(30), today.toLocalDate().plusYears(3),
                        List.of("NICKEL", "COBALT"),
                        List.of(new SourceInput("CN", "Zhejiang Precursor Co.", new BigDecimal("90"))),
                        List.of(new SourceInput("ID", "Morowali Nickel Processing", new BigDecimal("30")),
                                new SourceInput("AU", "Kalgoorlie Nickel Pty Ltd", new BigDecimal("25")))))));
        as("kr.company", Role.COMPANY, () -> applications.submit(kr.id(), null));

        var claim = as("us.company", Role.COMPANY, () -> claims.file(new FileClaim(us.id(),
                "Q3 2026 diversification costs", List.of(
                new ClaimLineInput("PRICE_DIFFERENTIAL", "Spodumene concentrate from Pilbara vs. previous source",
                        today.toLocalDate().minusDays(120), today.toLocalDate().minusDays(30), null,
                        new BigDecimal("1180.00"), new BigDecimal("1325.50"), new BigDecimal("400")),
                new ClaimLineInput("SUPPLIER_QUALIFICATION", "On-site qualification audit, Laurentian Graphite",
                        today.toLocalDate().minusDays(90), today.toLocalDate().minusDays(85),
                        new BigDecimal("48250.00"), null, null, null)))));
        as("us.company", Role.COMPANY, () -> claims.submit(claim.id(), null));
        closedRound(today);
        payoutAccounts();
    }

    /**
     * Verified payout accounts for the four companies of the allocation round (U.S. routing and
     * account numbers in USD, Korean bank code and account in KRW), so disbursement can be shown;
     * then the Korean anode company registers a change of account that waits in the ROK officers'
     * queue: until an officer verifies it, that company is not payable in KRW (the fraud point).
     * The numbers pass every check digit but belong to nobody.
     */
    private void payoutAccounts() {
        verifiedAccount("us.company", "us.officer1", new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA,
                "Appalachian Graphite Components Inc.", "026009593", null, "4471239856", null, null));
        verifiedAccount("us.cathode", "us.officer2", new RegisterPayoutAccount(CurrencyCode.USD, AccountScheme.US_ABA,
                "Ohio Valley Cathode Materials LLC", "041000124", null, "7302558841", null, null));
        verifiedAccount("kr.company", "kr.officer1", new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.KR_BANK,
                "한빛배터리소재 주식회사", null, "088", "110-482-937615", null, null));
        verifiedAccount("kr.anode", "kr.officer2", new RegisterPayoutAccount(CurrencyCode.KRW, AccountScheme.KR_BANK,
                "새한음극재 주식회사", null, "004", "512501-01-284716", null, null));
        as("kr.anode", Role.COMPANY, () -> payoutAccounts.register(new RegisterPayoutAccount(CurrencyCode.KRW,
                AccountScheme.KR_BANK, "새한음극재 주식회사", null, "081", "391-910012-34507", null, null)));
    }

    private void verifiedAccount(String company, String officer, RegisterPayoutAccount account) {
        PayoutAccountSummary registered = as(company, Role.COMPANY, () -> payoutAccounts.register(account));
        Role officerRole = officer.startsWith("us.") ? Role.OFFICER_US : Role.OFFICER_KR;
        as(officer, officerRole, () -> payoutAccounts.verify(new VerifyPayoutAccount(registered.id(),
                registered.version())));
    }

    /**
     * A second round whose claims are closed, ready for allocation: both governments' receipts
     * fall short of their pledges and the approved claims of two companies per country exceed
     * what was received, so the methods give different shares. Claims can only be filed inside the
     * claim window, so the round runs through the services with its windows open; the demo then
     * moves the end of the claim window into the past (the only step no service offers: time
     * passing) and an officer closes the claims.
     */
    private void closedRound(OffsetDateTime today) {
        LocalDate pledged = today.toLocalDate().minusDays(75);
        RoundDetails round = as("kr.officer1", Role.OFFICER_KR, () -> rounds.draft(new DraftRound(
                "2026 Rare Earth Magnets Diversification Round", "2026년 희토류 영구자석 공급망 다변화 공모",
                today.minus(Duration.ofDays(70)), today.plus(Duration.ofDays(10)),
                today.minus(Duration.ofDays(60)), today.plus(Duration.ofDays(20)),
                "America/New_York", new BigDecimal("50"), new BigDecimal("5000000.00"), pledged,
                new BigDecimal("6500000000"), pledged,
                List.of("RARE_EARTH_NEODYMIUM", "RARE_EARTH_DYSPROSIUM", "GRAPHITE", "NICKEL"),
                List.of("SUPPLIER_QUALIFICATION", "DUAL_SOURCING_TOOLING", "RELOCATION_CAPEX",
                        "LOGISTICS_REROUTING", "CERTIFICATION_TESTING"))));
        as("kr.officer2", Role.OFFICER_KR, () -> rounds.signOff(round.id(), null));
        as("us.officer1", Role.OFFICER_US, () -> rounds.signOff(round.id(), null));
        as("us.officer2", Role.OFFICER_US, () -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                CountryCode.US, new BigDecimal("2000000.00"), pledged.plusDays(14), "FEDWIRE 20260920-0107")));
        as("kr.officer1", Role.OFFICER_KR, () -> contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                CountryCode.KR, new BigDecimal("1500000000"), pledged.plusDays(21), "한국은행 이체 2026-0927-044")));

        approvedClaim(round, "us.company", CountryCode.US, "Magnet supply qualification, Texas and Estonia",
                "RARE_EARTH_NEODYMIUM", "SUPPLIER_QUALIFICATION", "450000.00", today);
        approvedClaim(round, "us.cathode", CountryCode.US, "Second cathode line for non-Chinese nickel",
                "NICKEL", "DUAL_SOURCING_TOOLING", "2250000.00", today);
        approvedClaim(round, "kr.company", CountryCode.KR, "베트남 흑연 공급처 인증 (Vietnam graphite qualification)",
                "GRAPHITE", "CERTIFICATION_TESTING", "1200000000", today);
        approvedClaim(round, "kr.anode", CountryCode.KR, "호주 음극재 물류 경로 변경 (Australian anode logistics)",
                "GRAPHITE", "LOGISTICS_REROUTING", "900000000", today);

        em.flush();
        em.createNativeQuery("update funding_round set claim_closes_at = ? where id = ?")
                .setParameter(1, today.minusDays(1).toInstant())
                .setParameter(2, round.id())
                .executeUpdate();
        em.clear();
        as("us.officer1", Role.OFFICER_US, () -> rounds.closeClaims(round.id(), null));
        as("us.officer1", Role.OFFICER_US, () -> allocations.simulate(new RunScenario(round.id(),
                "Proportional, per country", AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, PoolMode.PER_COUNTRY,
                null, null, null, null, null, null, null)));
    }

    /** The company applies and files a one-line claim; two officers of its country approve both in full. */
    private void approvedClaim(RoundDetails round, String company, CountryCode country, String title,
                               String material, String category, String amount, OffsetDateTime today) {
        String[] officers = country == CountryCode.US
                ? new String[] {"us.officer1", "us.officer2"} : new String[] {"kr.officer1", "kr.officer2"};
        Role officerRole = Role.officerOf(country);
        ApplicationDetails application = as(company, Role.COMPANY, () -> applications.apply(new ApplyToRound(round.id(),
                new DiversificationPlan(title, today.toLocalDate().minusDays(90), today.toLocalDate().plusYears(2),
                        List.of(material),
                        List.of(new SourceInput("CN", "Single dominant source", new BigDecimal("80"))),
                        List.of(new SourceInput(country == CountryCode.US ? "AU" : "VN", "New qualified source",
                                new BigDecimal("45")))))));
        as(company, Role.COMPANY, () -> applications.submit(application.id(), null));
        as(officers[0], officerRole, () -> applications.startReview(application.id(), null));
        as(officers[0], officerRole, () -> applications.decide(
                new DecideApplication(application.id(), ReviewDecision.APPROVE, "Plan verified", null)));
        var claim = as(company, Role.COMPANY, () -> claims.file(new FileClaim(application.id(), title, List.of(
                new ClaimLineInput(category, title, today.toLocalDate().minusDays(50), today.toLocalDate().minusDays(5),
                        new BigDecimal(amount), null, null, null)))));
        as(company, Role.COMPANY, () -> claims.submit(claim.id(), null));
        as(officers[0], officerRole, () -> claims.startReview(claim.id(), null));
        as(officers[0], officerRole, () -> claims.completeReview(new CompleteReview(claim.id(),
                List.of(new LineReview(1, new BigDecimal(amount), null)), null)));
        as(officers[1], officerRole, () -> claims.decide(new DecideClaim(claim.id(), ReviewDecision.APPROVE,
                "Invoices match the approved plan", null)));
    }

    private static <T> T as(String username, Role role, Supplier<T> action) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No security domain: the demo scenario runs inside the application");
        }
        return domain.createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role.name())))
                .runAs((PrivilegedAction<T>) action::get);
    }
}
