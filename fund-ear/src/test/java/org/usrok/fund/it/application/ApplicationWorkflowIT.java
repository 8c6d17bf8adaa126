package org.usrok.fund.it.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationQuery;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplyToRound;
import org.usrok.fund.application.DecideApplication;
import org.usrok.fund.application.EligibilityCheck;
import org.usrok.fund.application.NotEligibleException;
import org.usrok.fund.application.OpenApplicationExistsException;
import org.usrok.fund.application.PlanInvalidException;
import org.usrok.fund.application.ReasonRequiredException;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.usrok.fund.it.support.Workflow.now;

/** Applications: draft, eligibility screen, review by the company's own country, returns, audit and notifications. */
@ExtendWith(ArquillianExtension.class)
class ApplicationWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ApplicationWorkflowIT.class);
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

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, companies, applications, claims);
    }

    @Test
    void submittedApproveByAnOfficerOfTheCompanysCountryWithHistoryAndNotification() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.KR);
        ApplicationDetails draft = company.user().call(() ->
                applications.apply(new ApplyToRound(round.id(), Workflow.plan("GRAPHITE", "LITHIUM"))));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.currentSources()).hasSize(1);
        assertThat(draft.targetSources()).hasSize(2);
        assertThat(company.user().call(() -> applications.eligibility(draft.id()))).allMatch(EligibilityCheck::passed);

        var officer = actors.newOfficer(CountryCode.KR);
        ApplicationDetails submitted = company.user().call(() -> applications.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        var usOfficer = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> usOfficer.call(() -> applications.startReview(draft.id(), null)))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThatThrownBy(() -> company.user().call(() -> applications.startReview(draft.id(), null)))
                .isInstanceOf(EJBAccessException.class);

        assertThat(officer.call(() -> notifications.inbox(true, new PageRequest(0, 50))).items())
                .anyMatch(n -> n.subjectId() == draft.id() && n.kind().equals("APPLICATION_SUBMITTED"));
        ApplicationDetails inReview = officer.call(() -> applications.startReview(draft.id(), null));
        assertThat(inReview.reviewer()).isEqualTo(officer.username());
        ApplicationDetails approved = officer.call(() -> applications.decide(
                new DecideApplication(draft.id(), ReviewDecision.APPROVE, "Sound plan", inReview.version())));
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);

        assertThat(company.user().call(() -> applications.history(draft.id())))
                .extracting(e -> e.action())
                .containsExactly("APPLICATION_STARTED", "APPLICATION_SUBMITTED", "APPLICATION_REVIEW_STARTED",
                        "APPLICATION_APPROVED");
        assertThat(company.user().call(() -> notifications.inbox(true, new PageRequest(0, 10))).items())
                .anyMatch(n -> n.subjectId() == draft.id() && n.kind().equals("APPLICATION_APPROVED"));
        assertThat(company.user().call(() -> notifications.unreadCount())).isPositive();
    }

    @Test
    void theScreenRefusesAnUnverifiedCompanyAndAClosedWindowWithEveryReason() {
        RoundDetails closedWindow = flow.openRound(Workflow.terms("Closed " + TestData.suffix(), now().minusDays(30),
                now().minusDays(1), now().minusDays(1), now().plusDays(30)));
        var pendingUser = actors.newCompanyUser(CountryCode.US);
        pendingUser.call(() -> companies.register(TestData.usCompany()));
        ApplicationDetails draft = pendingUser.call(() ->
                applications.apply(new ApplyToRound(closedWindow.id(), Workflow.plan("GRAPHITE"))));

        assertThatThrownBy(() -> pendingUser.call(() -> applications.submit(draft.id(), null)))
                .isInstanceOfSatisfying(NotEligibleException.class, e -> assertThat(e.checks())
                        .filteredOn(c -> !c.passed()).extracting(EligibilityCheck::check)
                        .containsExactlyInAnyOrder("companyVerified", "applicationWindowOpen"));
        assertThat(pendingUser.call(() -> applications.get(draft.id())).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aPlanWithoutAnEligibleMaterialFailsTheScreen() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails draft = company.user().call(() ->
                applications.apply(new ApplyToRound(round.id(), Workflow.plan("COBALT"))));
        assertThatThrownBy(() -> company.user().call(() -> applications.submit(draft.id(), null)))
                .isInstanceOfSatisfying(NotEligibleException.class, e -> assertThat(e.checks())
                        .filteredOn(c -> !c.passed()).extracting(EligibilityCheck::check)
                        .containsExactly("eligibleMaterial"));
    }

    @Test
    void aReturnedApplicationIsCorrectedAndResubmittedAndARejectionNeedsAReason() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails submitted = flow.submittedApplication(round, company);
        var officer = actors.newOfficer(CountryCode.US);
        officer.call(() -> applications.startReview(submitted.id(), null));
        assertThatThrownBy(() -> officer.call(() -> applications.decide(
                new DecideApplication(submitted.id(), ReviewDecision.RETURN, " ", null))))
                .isInstanceOf(ReasonRequiredException.class);
        ApplicationDetails returned = officer.call(() -> applications.decide(
                new DecideApplication(submitted.id(), ReviewDecision.RETURN, "Name the target suppliers' sites", null)));
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.decisionReason()).isEqualTo("Name the target suppliers' sites");

        company.user().call(() -> applications.revise(submitted.id(), returned.version(), Workflow.plan("GRAPHITE")));
        ApplicationDetails resubmitted = company.user().call(() -> applications.submit(submitted.id(), null));
        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        officer.call(() -> applications.startReview(submitted.id(), null));
        ApplicationDetails rejected = officer.call(() -> applications.decide(
                new DecideApplication(submitted.id(), ReviewDecision.REJECT, "Outside the round's scope", null)));
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThatThrownBy(() -> officer.call(() -> applications.decide(
                new DecideApplication(submitted.id(), ReviewDecision.APPROVE, null, null))))
                .isInstanceOf(StateTransitionRefusedException.class);

        ApplicationDetails again = company.user().call(() ->
                applications.apply(new ApplyToRound(round.id(), Workflow.plan("GRAPHITE"))));
        assertThat(again.id()).isNotEqualTo(submitted.id());
    }

    @Test
    void aDraftIsTheCompanysOwnUntilSubmitted() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.KR);
        ApplicationDetails draft = company.user().call(() ->
                applications.apply(new ApplyToRound(round.id(), Workflow.plan("GRAPHITE", "LITHIUM"))));
        var inRound = new ApplicationQuery(round.id(), null, null);
        var drafts = new ApplicationQuery(round.id(), ApplicationStatus.DRAFT, null);

        for (var reader : List.of(actors.newOfficer(CountryCode.KR), actors.newOfficer(CountryCode.US),
                actors.newAuditor(), actors.admin())) {
            var listed = reader.call(() -> applications.list(inRound, new PageRequest(0, 50)));
            assertThat(listed.items()).noneMatch(a -> a.id() == draft.id());
            assertThat(listed.total()).isZero();
            assertThat(reader.call(() -> applications.list(drafts, new PageRequest(0, 50))).items()).isEmpty();
            assertThatThrownBy(() -> reader.call(() -> applications.get(draft.id())))
                    .isInstanceOf(EntityNotFoundException.class);
            assertThatThrownBy(() -> reader.call(() -> applications.history(draft.id())))
                    .isInstanceOf(EntityNotFoundException.class);
        }
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> applications.startReview(draft.id(), null)))
                .isInstanceOf(EntityNotFoundException.class);
        assertThat(company.user().call(() -> applications.list(inRound, new PageRequest(0, 50))).items())
                .extracting(a -> a.id()).containsExactly(draft.id());
        assertThat(company.user().call(() -> applications.get(draft.id())).status()).isEqualTo(ApplicationStatus.DRAFT);

        company.user().call(() -> applications.submit(draft.id(), draft.version()));
        var officer = actors.newOfficer(CountryCode.KR);
        assertThat(officer.call(() -> applications.list(inRound, new PageRequest(0, 50))).items())
                .extracting(a -> a.id()).containsExactly(draft.id());
        assertThat(officer.call(() -> applications.get(draft.id())).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anotherCompanysApplicationDoesNotExistForIt() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails mine = flow.submittedApplication(round, company);
        var other = flow.verifiedCompany(CountryCode.US);
        assertThatThrownBy(() -> other.user().call(() -> applications.get(mine.id())))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> other.user().call(() -> applications.history(mine.id())))
                .isInstanceOf(EntityNotFoundException.class);
        assertThat(other.user().call(() -> applications.list(ApplicationQuery.all(), new PageRequest(0, 200))).items())
                .noneMatch(a -> a.id() == mine.id());
        assertThat(actors.newOfficer(CountryCode.KR).call(() -> applications.list(
                new org.usrok.fund.application.ApplicationQuery(round.id(), null, CountryCode.US),
                new PageRequest(0, 50))).items())
                .extracting(a -> a.id()).containsExactly(mine.id());
    }

    @Test
    void aPlanEndingBeforeItStartsIsRefused() {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        var plan = Workflow.plan("GRAPHITE");
        var backwards = new org.usrok.fund.application.DiversificationPlan(plan.summary(), LocalDate.now(),
                LocalDate.now().minusDays(1), plan.materials(), plan.currentSources(), plan.targetSources());
        assertThatThrownBy(() -> company.user().call(() -> applications.apply(new ApplyToRound(round.id(), backwards))))
                .isInstanceOf(PlanInvalidException.class);
    }

    @Test
    void concurrentApplicationsOfOneCompanyToOneRoundLeaveExactlyOne()
            throws InterruptedException, ExecutionException, TimeoutException {
        RoundDetails round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> task = () -> {
                    try {
                        company.user().call(() -> applications.apply(new ApplyToRound(round.id(), Workflow.plan("GRAPHITE"))));
                        return "created";
                    } catch (OpenApplicationExistsException e) {
                        return "refused";
                    }
                };
                results.add(pool.submit(task));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnly("created", "refused").filteredOn("created"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(company.user().call(() -> applications.list(new ApplicationQuery(round.id(), null, null),
                new PageRequest(0, 50))).total()).isEqualTo(1);
    }
}
