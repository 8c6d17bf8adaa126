package org.usrok.fund.it.security;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.PortalSession;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.security.SignInThrottle;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle is kept in the database, so every node of a cluster counts the same
 * failures: five failures lock a username for 15 minutes after the last one, a success clears the
 * count, and failures arriving at the same moment (as from several nodes) are all counted, the
 * first failure of a name included. The clock is the methods' argument, so the test moves time
 * instead of waiting. The statement that reads a username's standing reads its account's country and
 * company too, which the request's service calls then act on.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(SignInThrottleIT.class);
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    UserAccountService users;

    @PersistenceUnit(unitName = "fund")
    EntityManagerFactory persistence;

    @Test
    void fiveFailuresLockTheNameForFifteenMinutesAfterTheLastAndASuccessClears() {
        String username = "it-throttle." + TestData.suffix();
        Instant start = Clock.now();
        for (int failure = 1; failure < SignInThrottle.MAX_FAILURES; failure++) {
            throttle.failed(username, start.plusSeconds(failure));
        }
        Instant fourth = start.plusSeconds(SignInThrottle.MAX_FAILURES - 1);
        assertThat(throttle.standing(username, fourth).recentFailures()).isEqualTo(4);
        assertThat(throttle.standing(username, fourth).locked()).isFalse();

        Instant fifth = start.plusSeconds(SignInThrottle.MAX_FAILURES);
        throttle.failed(username, fifth);
        assertThat(throttle.standing(username, fifth).locked()).isTrue();
        assertThat(throttle.standing(username, fifth.plus(Duration.ofMinutes(14))).locked()).isTrue();
        assertThat(throttle.standing(username, fifth.plus(SignInThrottle.LOCK)).recentFailures())
                .as("the lock runs out 15 minutes after the last failure").isZero();

        Instant later = fifth.plus(Duration.ofMinutes(16));
        throttle.failed(username, later);
        assertThat(throttle.standing(username, later).recentFailures()).as("counting starts again").isEqualTo(1);

        throttle.succeeded(username);
        assertThat(throttle.standing(username, later).recentFailures()).isZero();
    }

    @Test
    void failuresArrivingTogetherAreAllCountedTheFirstIncluded()
            throws InterruptedException, ExecutionException, TimeoutException {
        String username = "it-burst." + TestData.suffix();
        Instant now = Clock.now();
        int requests = 40;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> failures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                failures.add(pool.submit(() -> {
                    start.await();
                    throttle.failed(username, now);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> failure : failures) {
                failure.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(throttle.standing(username, now).recentFailures()).isEqualTo(requests);
        assertThat(throttle.standing(username, now).locked()).isTrue();
    }

    @Test
    void aNameLongerThanAnyAccountIsNotCounted() {
        String tooLong = "it-long." + "x".repeat(64) + TestData.suffix();
        Instant now = Clock.now();
        throttle.failed(tooLong, now);
        assertThat(throttle.standing(tooLong, now).recentFailures()).isZero();
    }

    @Test
    void theStandingCarriesTheVersionOfAnEnabledAccountOnly() {
        String officer = new Actors(users).newOfficer(CountryCode.KR).username();
        SignInThrottle.Standing standing = throttle.standing(officer, Clock.now());
        assertThat(standing.accountVersion()).isNotNull();
        assertThat(standing.country()).isEqualTo(CountryCode.KR);
        assertThat(standing.companyId()).isNull();
        SignInThrottle.Standing nobody = throttle.standing("it-nobody." + TestData.suffix(), Clock.now());
        assertThat(nobody.accountVersion()).isNull();
        assertThat(nobody.country()).isNull();
    }

    /** Usernames are not case-sensitive: one typed in capitals signs in, and stays signed in from page to page. */
    @Test
    void aUsernameTypedInCapitalsStaysSignedInOnTheNextPage() {
        String auditor = new Actors(users).newAuditor().username();
        PortalSession portal = PortalSession.signedIn(auditor.toUpperCase(Locale.ROOT), Actors.PASSWORD);
        assertThat(portal.get("auditor/journal.xhtml").body()).as("the next page").contains("menuForm:logout");
        assertThat(throttle.standing(auditor, Clock.now()).recentFailures()).isZero();
    }

    /**
     * The statement that reads the standing also reads the account's country and company, and the
     * request's service calls act on them: none of them selects the account again.
     */
    @Test
    void aRequestActsOnTheAccountItsSignInReadWithoutReadingItAgain() {
        FundScenario.Company company = FundScenario.registeredCompany("US");
        FundScenario.Company other = FundScenario.registeredCompany("US");
        SignInThrottle.Standing standing = throttle.standing(company.user().username(), Clock.now());
        assertThat(standing.country()).isEqualTo(CountryCode.US);
        assertThat(standing.companyId()).isEqualTo(company.id());

        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            Reply own = company.user().get("companies/" + company.id());
            Reply others = company.user().get("companies/" + other.id());
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(others.status()).as("another company's, by id").isEqualTo(404);
            assertThat(statistics.getQueries()).as("queries of the two requests")
                    .noneMatch(q -> q.contains("from UserAccount"));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
