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
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimQuery;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.notification.NotificationService;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review SLA (10 days by default): claims waiting longer are flagged overdue and the country's
 * officers told. The clock is the method's argument, so the test moves time instead of sleeping.
 * Flagging several claims runs no more statements than flagging one (Hibernate's statistics).
 */
@ExtendWith(ArquillianExtension.class)
class ReviewSlaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(ReviewSlaIT.class);
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
    void aClaimWaitingLongerThanTheSlaIsFlaggedOnceAndOfficersAreTold() {
        ClaimDetails submitted = flow.submittedUsClaim();
        var admin = actors.admin();
        var officer = actors.newOfficer(CountryCode.US);

        admin.call(() -> claims.flagOverdueClaims(Instant.now().plus(Duration.ofDays(9))));
        assertThat(officer.call(() -> claims.get(submitted.id())).overdueSince()).isNull();

        Instant later = Instant.now().plus(Duration.ofDays(11));
        int flagged = admin.call(() -> claims.flagOverdueClaims(later));
        assertThat(flagged).isPositive();
        ClaimDetails overdue = officer.call(() -> claims.get(submitted.id()));
        assertThat(overdue.overdueSince()).isNotNull();
        assertThat(officer.call(() -> claims.list(new ClaimQuery(submitted.roundId(), null, CountryCode.US, true),
                new PageRequest(0, 10))).items()).extracting(c -> c.id()).containsExactly(submitted.id());
        assertThat(officer.call(() -> notifications.inbox(true, new PageRequest(0, 100))).items())
                .anyMatch(n -> n.subjectId() == submitted.id() && n.kind().equals("CLAIM_OVERDUE"));
        assertThat(actors.newOfficer(CountryCode.KR).call(() -> notifications.inbox(true, new PageRequest(0, 100))).items())
                .noneMatch(n -> n.subjectId() == submitted.id());

        admin.call(() -> claims.flagOverdueClaims(later.plus(Duration.ofDays(1))));
        assertThat(actors.newAuditor().call(() -> claims.history(submitted.id())))
                .filteredOn(e -> e.action().equals("CLAIM_OVERDUE")).hasSize(1);
    }

    @Test
    void severalClaimsAreFlaggedAtOnceInAsManyStatementsAsOne() {
        var admin = actors.admin();
        var officer = actors.newOfficer(CountryCode.US);
        // microseconds, as both databases store them (PostgreSQL rounds nanoseconds, H2 truncates)
        Instant later = Instant.now().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.MICROS);
        admin.call(() -> claims.flagOverdueClaims(later));

        ClaimDetails alone = flow.submittedUsClaim();
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            assertThat(admin.call(() -> claims.flagOverdueClaims(later))).isEqualTo(1);
            long[] forOne = {statistics.getQueryExecutionCount(), statistics.getCollectionFetchCount(),
                    statistics.getEntityFetchCount()};

            List<ClaimDetails> several = List.of(flow.submittedUsClaim(), flow.submittedUsClaim(), flow.submittedUsClaim());
            statistics.clear();
            assertThat(admin.call(() -> claims.flagOverdueClaims(later))).isEqualTo(several.size());
            long[] forThree = {statistics.getQueryExecutionCount(), statistics.getCollectionFetchCount(),
                    statistics.getEntityFetchCount()};
            assertThat(forThree).as("queries, collection fetches, entity fetches")
                    .containsExactly(forOne);

            var inbox = officer.call(() -> notifications.inbox(true, new PageRequest(0, 100))).items();
            var auditor = actors.newAuditor();
            for (ClaimDetails claim : several) {
                ClaimDetails overdue = officer.call(() -> claims.get(claim.id()));
                assertThat(overdue.overdueSince()).isEqualTo(later);
                assertThat(overdue.version()).isEqualTo(claim.version() + 1);
                var records = auditor.call(() -> claims.history(claim.id())).stream()
                        .filter(e -> e.action().equals("CLAIM_OVERDUE")).toList();
                assertThat(records).hasSize(1);
                assertThat(records.get(0).before()).doesNotContain("overdueSince").contains(claim.title());
                assertThat(records.get(0).after()).contains("\"overdueSince\":\"").contains(claim.companyName());
                assertThat(inbox).filteredOn(n -> n.subjectId() == claim.id() && n.kind().equals("CLAIM_OVERDUE"))
                        .hasSize(1);
            }
            assertThat(officer.call(() -> claims.get(alone.id())).overdueSince()).isNotNull();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void onlyTheSystemRunsTheSlaCheck() {
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.US).call(() -> claims.flagOverdueClaims(Instant.now())))
                .isInstanceOf(EJBAccessException.class);
    }
}
