package org.usrok.fund.it.claim;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.LineReview;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Officers acting on one claim at the same moment: exactly one wins, the others get a clear conflict. */
@ExtendWith(ArquillianExtension.class)
class ClaimConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ClaimConcurrencyIT.class);
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
    UserAccountService users;

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, companies, applications, claims);
    }

    @Test
    void parallelApprovalsOfOneReviewedClaimLeaveOneApproval()
            throws InterruptedException, ExecutionException, TimeoutException {
        ClaimDetails submitted = flow.submittedUsClaim();
        var reviewer = actors.newOfficer(CountryCode.US);
        reviewer.call(() -> claims.startReview(submitted.id(), null));
        reviewer.call(() -> claims.completeReview(new CompleteReview(submitted.id(), List.of(
                new LineReview(1, new BigDecimal("1250.00"), null),
                new LineReview(2, new BigDecimal("4000.00"), null)), null)));
        List<Actors.Actor> approvers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            approvers.add(actors.newOfficer(CountryCode.US));
        }
        List<String> outcomes = race(approvers, officer -> officer.call(() ->
                claims.decide(new DecideClaim(submitted.id(), ReviewDecision.APPROVE, null, null))));
        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).containsOnly("won", "conflict");

        ClaimDetails after = reviewer.call(() -> claims.get(submitted.id()));
        assertThat(after.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(actors.newAuditor().call(() -> claims.history(submitted.id())))
                .filteredOn(e -> e.action().equals("CLAIM_APPROVED")).hasSize(1);
    }

    @Test
    void twoOfficersTakingOneClaimIntoReviewAtOnce() throws InterruptedException, ExecutionException, TimeoutException {
        ClaimDetails submitted = flow.submittedUsClaim();
        List<Actors.Actor> officers = List.of(actors.newOfficer(CountryCode.US), actors.newOfficer(CountryCode.US));
        List<String> outcomes = race(officers, officer -> officer.call(() -> claims.startReview(submitted.id(), null)));
        assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
    }

    private interface Action {
        void run(Actors.Actor officer);
    }

    private static List<String> race(List<Actors.Actor> officers, Action action)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Actors.Actor officer : officers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        action.run(officer);
                        return "won";
                    } catch (ConcurrentChangeException | StateTransitionRefusedException e) {
                        return "conflict";
                    } catch (BusinessRuleException e) {
                        return "other rule: " + e.ruleName();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
