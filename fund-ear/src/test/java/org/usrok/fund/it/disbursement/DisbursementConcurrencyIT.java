package org.usrok.fund.it.disbursement;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.ledger.JournalQuery;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.RuleKind;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing is paid twice under concurrency: twenty officers releasing the same batch over the HTTP
 * API at once give exactly one release, one entry and one set of files, and 409 problems (never a
 * 500) for the rest; parallel batches over overlapping companies leave no claim in two live
 * payments; and the database itself refuses a second live item of a claim.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DisbursementConcurrencyIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    DisbursementService disbursements;
    @Inject
    LedgerService ledger;

    @Resource(lookup = "java:jboss/datasources/FundDS")
    DataSource dataSource;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    @Test
    void twentyConcurrentReleasesOverHttpReleaseExactlyOnce() throws InterruptedException, ExecutionException, TimeoutException, SQLException {
        var committed = fixture.committed(List.of("60.00", "40.00"), List.of());
        committed.usClaims().forEach(fixture::verifiedAccount);
        BatchDetails prepared = actors.newOfficer(CountryCode.US).call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));
        List<ApiClient> officers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            officers.add(ApiClient.as(actors.newOfficer(CountryCode.US).username(), Actors.PASSWORD));
        }

        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<ApiClient.Reply> replies = new ArrayList<>();
        try {
            List<Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (ApiClient officer : officers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return officer.post("disbursement-batches/" + prepared.id() + "/release",
                            Map.of("expectedVersion", prepared.version()));
                }));
            }
            start.countDown();
            for (Future<ApiClient.Reply> f : futures) {
                replies.add(f.get(180, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).extracting(ApiClient.Reply::status).as(replies.toString()).containsOnly(200, 409);
        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().getString("type")).isIn("urn:fund:problem:state-transition-refused",
                    "urn:fund:problem:concurrent-change");
        });
        var auditor = actors.newAuditor();
        BatchDetails released = auditor.call(() -> disbursements.get(prepared.id()));
        assertThat(released.status()).isEqualTo(BatchStatus.RELEASED);
        assertThat(released.files()).hasSize(2);
        assertThat(auditor.call(() -> ledger.journal(new JournalQuery(null, null, null, null, null, null,
                "disbursement-batch-" + prepared.id() + "-release"), PageRequest.of(0, 10))).total()).isEqualTo(1);
        assertThat(count("select count(*) from disbursement_file where batch_id = " + prepared.id())).isEqualTo(2);
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).isTrue();
    }

    @Test
    void parallelBatchesOfOverlappingCompaniesNeverPutAClaimInTwoLivePayments() throws InterruptedException, ExecutionException, TimeoutException, SQLException {
        var committed = fixture.committed(List.of("10.00", "20.00", "30.00", "40.00", "50.00"), List.of());
        committed.usClaims().forEach(fixture::verifiedAccount);
        List<Long> companyIds = committed.usClaims().stream().map(ClaimDetails::companyId).toList();
        List<Actors.Actor> officers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            officers.add(actors.newOfficer(CountryCode.US));
        }

        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < officers.size(); i++) {
                Actors.Actor officer = officers.get(i);
                List<Long> some = i % 4 == 0 ? null
                        : List.of(companyIds.get(i % 5), companyIds.get((i + 1) % 5), companyIds.get((i + 2) % 5));
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        officer.call(() -> disbursements.prepare(new PrepareBatch(committed.round().id(),
                                CurrencyCode.USD, some)));
                        return "prepared";
                    } catch (BusinessRuleException e) {
                        return e.kind() == RuleKind.CONFLICT || e.kind() == RuleKind.UNPROCESSABLE
                                ? "refused" : "other rule: " + e.ruleName();
                    }
                }));
            }
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get(180, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsOnly("prepared", "refused").contains("prepared");
        String claimIds = committed.usClaims().stream().map(c -> String.valueOf(c.id()))
                .reduce((a, b) -> a + "," + b).orElseThrow();
        assertThat(count("select count(*) from (select live_claim_id from payment_item where live_claim_id in ("
                + claimIds + ") group by live_claim_id having count(*) > 1) twice")).isZero();
        assertThat(count("select count(*) from payment_item where live_claim_id in (" + claimIds + ")"))
                .as("every claim is in exactly one live payment").isEqualTo(5);
    }

    @Test
    void theDatabaseRefusesASecondLiveItemForAClaimAndAnyOtherAmountThanItsShare() {
        var committed = fixture.committed(List.of("70.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        var officer = actors.newOfficer(CountryCode.US);
        BatchDetails cancelled = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));
        officer.call(() -> disbursements.cancel(cancelled.id(), null, "Prepared twice by mistake"));
        BatchDetails live = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));
        long claimId = committed.us(0).id();

        assertThatThrownBy(() -> execute("update payment_item set live_claim_id = claim_id where payment_id = "
                + cancelled.payments().get(0).id()))
                .as("the cancelled payment's item made live again while another payment holds the claim")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update payment_item set share_minor = share_minor + 1 where live_claim_id = "
                + claimId)).as("more than the committed share").isInstanceOf(SQLException.class);
        assertThat(live.total().minorUnits()).isEqualTo(7000);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
