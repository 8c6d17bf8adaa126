package org.usrok.fund.it.claim;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ReasonRequiredException;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.audit.AuditOutcome;
import org.usrok.fund.claim.ApplicationNotApprovedException;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.ClaimLineInvalidException;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.claim.LineReview;
import org.usrok.fund.claim.ReviseClaim;
import org.usrok.fund.claim.SeparationOfDutiesException;
import org.usrok.fund.company.Company;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.FundingRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.WindowClosedException;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.usrok.fund.it.support.Workflow.now;

/** Claims: lines by rule, review per line with reasons, four eyes, own country only, returns, notifications, what filing reads. */
@ExtendWith(ArquillianExtension.class)
class ClaimReviewIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ClaimReviewIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    CompanyService companies;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    NotificationService notifications;

    @Inject
    UserAccountService users;

    @PersistenceUnit(unitName = "fund")
    EntityManagerFactory persistence;

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, companies, applications, claims);
    }

    @Test
    void reviewerReducesALineWithAReasonAndASecondOfficerApproves() {
        ClaimDetails submitted = flow.submittedUsClaim();
        assertThat(submitted.lines().get(0).claimed()).isEqualTo(Money.of("1250.00", CurrencyCode.USD));
        assertThat(submitted.claimed()).isEqualTo(Money.of("5250.00", CurrencyCode.USD));

        var reviewer = actors.newOfficer(CountryCode.US);
        var approver = actors.newOfficer(CountryCode.US);
        reviewer.call(() -> claims.startReview(submitted.id(), null));
        ClaimDetails reviewed = reviewer.call(() -> claims.completeReview(new CompleteReview(submitted.id(), List.of(
                new LineReview(1, new BigDecimal("1250.00"), null),
                new LineReview(2, new BigDecimal("3000.00"), "Invoice covers three of four audit days")), null)));
        assertThat(reviewed.status()).isEqualTo(ClaimStatus.REVIEWED);
        assertThat(reviewed.approved()).isEqualTo(Money.of("4250.00", CurrencyCode.USD));
        assertThat(reviewed.lines().get(1).reductionReason()).isEqualTo("Invoice covers three of four audit days");

        assertThatThrownBy(() -> reviewer.call(() -> claims.decide(
                new DecideClaim(submitted.id(), ReviewDecision.APPROVE, null, null))))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThat(approver.call(() -> notifications.inbox(true, new PageRequest(0, 50))).items())
                .anyMatch(n -> n.subjectId() == submitted.id() && n.kind().equals("CLAIM_AWAITS_APPROVAL"));
        ClaimDetails approved = approver.call(() -> claims.decide(
                new DecideClaim(submitted.id(), ReviewDecision.APPROVE, null, reviewed.version())));
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.approver()).isEqualTo(approver.username());

        assertThat(claimsHistory(submitted.id()))
                .as("the reviewer's refused approval is in the trail too")
                .containsExactly("CLAIM_FILED", "CLAIM_SUBMITTED", "CLAIM_REVIEW_STARTED", "CLAIM_REVIEWED",
                        "CLAIM_DECIDED", "CLAIM_APPROVED");
        assertThat(actors.newAuditor().call(() -> claims.history(submitted.id())))
                .filteredOn(e -> e.outcome() == AuditOutcome.REFUSED).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(reviewer.username());
                    assertThat(e.refusalRule()).isEqualTo("separation-of-duties");
                });
    }

    private List<String> claimsHistory(long claimId) {
        return actors.newAuditor().call(() -> claims.history(claimId)).stream().map(e -> e.action()).toList();
    }

    @Test
    void companiesNeverReviewAndOfficersActOnlyOnTheirOwnCountry() {
        ClaimDetails submitted = flow.submittedUsClaim();
        var companyUser = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> companyUser.call(() -> claims.startReview(submitted.id(), null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> claims.startReview(submitted.id(), null)))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThatThrownBy(() -> companyUser.call(() -> claims.get(submitted.id())))
                .isInstanceOf(EntityNotFoundException.class);

        var reviewer = actors.newOfficer(CountryCode.US);
        reviewer.call(() -> claims.startReview(submitted.id(), null));
        var someoneElse = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> someoneElse.call(() -> claims.completeReview(new CompleteReview(submitted.id(), List.of(
                new LineReview(1, new BigDecimal("1250.00"), null),
                new LineReview(2, new BigDecimal("4000.00"), null)), null))))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThatThrownBy(() -> reviewer.call(() -> claims.completeReview(new CompleteReview(submitted.id(), List.of(
                new LineReview(1, new BigDecimal("1000.00"), null),
                new LineReview(2, new BigDecimal("4000.00"), null)), null))))
                .isInstanceOf(ReasonRequiredException.class);
    }

    @Test
    void aReturnedClaimIsCorrectedResubmittedAndTheCompanyIsTold() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails application = flow.approvedApplication(round, company);
        ClaimDetails draft = company.user().call(() -> claims.file(
                new FileClaim(application.id(), "Q1", Workflow.twoUsdLines())));
        company.user().call(() -> claims.submit(draft.id(), null));
        var reviewer = actors.newOfficer(CountryCode.US);
        reviewer.call(() -> claims.startReview(draft.id(), null));
        ClaimDetails returned = reviewer.call(() -> claims.decide(
                new DecideClaim(draft.id(), ReviewDecision.RETURN, "Attach the audit invoice", null)));
        assertThat(returned.status()).isEqualTo(ClaimStatus.RETURNED);
        assertThat(company.user().call(() -> notifications.inbox(true, new PageRequest(0, 10))).items())
                .anyMatch(n -> n.subjectId() == draft.id() && n.kind().equals("CLAIM_RETURNED"));

        ClaimDetails revised = company.user().call(() -> claims.revise(draft.id(), returned.version(),
                new ReviseClaim("Q1 corrected", Workflow.twoUsdLines().subList(0, 1))));
        assertThat(revised.claimed()).isEqualTo(Money.of("1250.00", CurrencyCode.USD));
        assertThat(revised.decisionReason()).isEqualTo("Attach the audit invoice");
        assertThat(revised.reviewer()).isEqualTo("OFFICER_US");

        ClaimDetails resubmitted = company.user().call(() -> claims.submit(draft.id(), null));
        assertThat(resubmitted.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(resubmitted.decisionReason()).isNull();
        assertThat(resubmitted.decidedAt()).isNull();
        assertThat(resubmitted.reviewer()).isNull();
        assertThat(reviewer.call(() -> claims.history(draft.id()))).extracting(e -> e.action())
                .contains("CLAIM_RETURNED").last().isEqualTo("CLAIM_SUBMITTED");
    }

    @Test
    void priceDifferentialsAreComputedByRuleAndOnlyForIncreases() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.KR);
        ApplicationDetails application = flow.approvedApplication(round, company);
        var line = new ClaimLineInput("PRICE_DIFFERENTIAL", "니켈 전구체 단가 차이", LocalDate.now().minusDays(30),
                LocalDate.now(), null, new BigDecimal("15000"), new BigDecimal("18333"), new BigDecimal("7"));
        ClaimDetails claim = company.user().call(() -> claims.file(new FileClaim(application.id(), "KR", List.of(line))));
        assertThat(claim.currency()).isEqualTo(CurrencyCode.KRW);
        assertThat(claim.claimed()).isEqualTo(Money.of("11665", CurrencyCode.KRW));

        var cheaper = new ClaimLineInput("PRICE_DIFFERENTIAL", "cheaper", LocalDate.now().minusDays(30), LocalDate.now(),
                null, new BigDecimal("18000"), new BigDecimal("15000"), new BigDecimal("7"));
        assertThatThrownBy(() -> company.user().call(() -> claims.file(new FileClaim(application.id(), "KR", List.of(cheaper)))))
                .isInstanceOfSatisfying(ClaimLineInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.priceDifferential.notEligible"));
        var typedIn = new ClaimLineInput("PRICE_DIFFERENTIAL", "typed", LocalDate.now().minusDays(30), LocalDate.now(),
                new BigDecimal("999999"), new BigDecimal("15000"), new BigDecimal("18333"), new BigDecimal("7"));
        assertThatThrownBy(() -> company.user().call(() -> claims.file(new FileClaim(application.id(), "KR", List.of(typedIn)))))
                .isInstanceOfSatisfying(ClaimLineInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.claimLine.amountComputed"));
        var wonFraction = new ClaimLineInput("SUPPLIER_QUALIFICATION", "audit", LocalDate.now().minusDays(30),
                LocalDate.now(), new BigDecimal("1000.5"), null, null, null);
        assertThatThrownBy(() -> company.user().call(() -> claims.file(new FileClaim(application.id(), "KR", List.of(wonFraction)))))
                .isInstanceOf(InvalidAmountException.class);
        var notInRound = new ClaimLineInput("RELOCATION_CAPEX", "capex", LocalDate.now().minusDays(30),
                LocalDate.now(), new BigDecimal("1000"), null, null, null);
        assertThatThrownBy(() -> company.user().call(() -> claims.file(new FileClaim(application.id(), "KR", List.of(notInRound)))))
                .isInstanceOfSatisfying(ClaimLineInvalidException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.claimLine.categoryNotEligible"));
    }

    @Test
    void claimsNeedAnApprovedApplicationAndAnOpenClaimWindow() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails submitted = flow.submittedApplication(round, company);
        assertThatThrownBy(() -> company.user().call(() -> claims.file(
                new FileClaim(submitted.id(), "early", Workflow.twoUsdLines()))))
                .isInstanceOf(ApplicationNotApprovedException.class);

        RoundDetails claimsLater = flow.openRound(Workflow.terms("Later " + TestData.suffix(), now().minusDays(5),
                now().plusDays(5), now().plusDays(10), now().plusDays(40)));
        var other = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails approved = flow.approvedApplication(claimsLater, other);
        assertThatThrownBy(() -> other.user().call(() -> claims.file(
                new FileClaim(approved.id(), "too early", Workflow.twoUsdLines()))))
                .isInstanceOf(WindowClosedException.class);
    }

    @Test
    void aCompanyFilingUnderAnotherCompanysApplicationFindsNoSuchApplication() {
        RoundDetails round = flow.openRound();
        ApplicationDetails application = flow.approvedApplication(round, flow.verifiedCompany(CountryCode.US));
        var other = flow.verifiedCompany(CountryCode.US);
        assertThatThrownBy(() -> other.user().call(() -> claims.file(
                new FileClaim(application.id(), "not ours", Workflow.twoUsdLines()))))
                .isInstanceOf(EntityNotFoundException.class);
    }

    /**
     * Filing reads the application, its round with the round's categories and the company's name
     * with one query, and loads no company for its name (issue 16, the busiest write).
     */
    @Test
    void filingReadsTheApplicationItsRoundAndTheCompanysNameInOneQuery() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails application = flow.approvedApplication(round, company);
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            ClaimDetails claim = company.user().call(() -> claims.file(
                    new FileClaim(application.id(), "one query", Workflow.twoUsdLines())));
            assertThat(claim.companyName()).isEqualTo(company.company().legalName());
            assertThat(claim.roundName()).isEqualTo(round.nameEn());
            assertThat(statistics.getQueries()).as("queries of the filing")
                    .anyMatch(q -> q.startsWith("select a, r, co.legalName from FundApplication a"));
            assertThat(statistics.getEntityStatistics(Company.class.getName()).getLoadCount())
                    .as("companies loaded").isZero();
            assertThat(statistics.getEntityStatistics(FundingRound.class.getName()).getLoadCount())
                    .as("rounds loaded").isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
