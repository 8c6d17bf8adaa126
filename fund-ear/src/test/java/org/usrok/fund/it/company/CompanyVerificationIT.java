package org.usrok.fund.it.company;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.RejectCompany;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Officers verify or reject companies of their own country only; decisions are audited and never lost. */
@ExtendWith(ArquillianExtension.class)
class CompanyVerificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(CompanyVerificationIT.class);
    }

    @Inject
    CompanyService companies;

    @Inject
    UserAccountService users;

    @Inject
    AuditTrail audit;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    private CompanyDetails pendingCompany(CountryCode country) {
        var user = actors.newCompanyUser(country);
        return user.call(() -> companies.register(country == CountryCode.US ? TestData.usCompany() : TestData.krCompany()));
    }

    @Test
    void anOfficerOfTheSameCountryVerifiesAndTheDecisionIsAudited() {
        CompanyDetails pending = pendingCompany(CountryCode.KR);
        var officer = actors.newOfficer(CountryCode.KR);

        CompanyDetails verified = officer.call(() -> companies.verify(new VerifyCompany(pending.id(), pending.version())));

        assertThat(verified.status()).isEqualTo(CompanyStatus.VERIFIED);
        assertThat(verified.decidedBy()).isEqualTo(officer.username());
        assertThat(verified.decidedAt()).isNotNull();
        var history = officer.call(() -> audit.history("Company", String.valueOf(pending.id()), new PageRequest(0, 10)));
        assertThat(history.items()).extracting(e -> e.action()).containsExactly("COMPANY_REGISTERED", "COMPANY_VERIFIED");
        var decision = history.items().get(1);
        assertThat(decision.actor()).isEqualTo(officer.username());
        assertThat(decision.before()).contains("\"status\":\"PENDING\"");
        assertThat(decision.after()).contains("\"status\":\"VERIFIED\"");
    }

    @Test
    void anOfficerOfTheOtherCountryIsRefused() {
        CompanyDetails usCompany = pendingCompany(CountryCode.US);
        var krOfficer = actors.newOfficer(CountryCode.KR);

        assertThatThrownBy(() -> krOfficer.call(() -> companies.verify(new VerifyCompany(usCompany.id(), null))))
                .isInstanceOf(OwnCountryOnlyException.class);
        assertThatThrownBy(() -> krOfficer.call(() -> companies.reject(new RejectCompany(usCompany.id(), null, "no"))))
                .isInstanceOf(OwnCountryOnlyException.class);
        var usOfficer = actors.newOfficer(CountryCode.US);
        assertThat(usOfficer.call(() -> companies.get(usCompany.id())).status()).isEqualTo(CompanyStatus.PENDING);
    }

    @Test
    void companyUsersAndAuditorsCannotDecide() {
        CompanyDetails pending = pendingCompany(CountryCode.US);
        var companyUser = actors.newCompanyUser(CountryCode.US);
        var auditor = actors.newAuditor();

        assertThatThrownBy(() -> companyUser.call(() -> companies.verify(new VerifyCompany(pending.id(), null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> auditor.call(() -> companies.verify(new VerifyCompany(pending.id(), null))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(auditor.call(() -> companies.get(pending.id())).status()).isEqualTo(CompanyStatus.PENDING);
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        CompanyDetails pending = pendingCompany(CountryCode.US);
        var officer = actors.newOfficer(CountryCode.US);

        assertThatThrownBy(() -> officer.call(() -> companies.reject(new RejectCompany(pending.id(), null, " "))))
                .isInstanceOf(ConstraintViolationException.class);
        CompanyDetails rejected = officer.call(() -> companies.reject(
                new RejectCompany(pending.id(), null, "EIN does not match IRS records")));

        assertThat(rejected.status()).isEqualTo(CompanyStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("EIN does not match IRS records");
        assertThatThrownBy(() -> officer.call(() -> companies.verify(new VerifyCompany(pending.id(), null))))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void aDecisionOnAStaleVersionIsRefused() {
        CompanyDetails pending = pendingCompany(CountryCode.KR);
        var officer = actors.newOfficer(CountryCode.KR);

        assertThatThrownBy(() -> officer.call(() -> companies.verify(new VerifyCompany(pending.id(), pending.version() + 1))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(officer.call(() -> companies.get(pending.id())).status()).isEqualTo(CompanyStatus.PENDING);
    }

    @Test
    void twoOfficersDecidingAtOnceCannotBothWin() throws InterruptedException, ExecutionException, TimeoutException {
        CompanyDetails pending = pendingCompany(CountryCode.US);
        var first = actors.newOfficer(CountryCode.US);
        var second = actors.newOfficer(CountryCode.US);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            outcomes.add(pool.submit(decide(start, () -> first.call(
                    () -> companies.verify(new VerifyCompany(pending.id(), pending.version()))))));
            outcomes.add(pool.submit(decide(start, () -> second.call(
                    () -> companies.reject(new RejectCompany(pending.id(), pending.version(), "duplicate entity"))))));
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(CompanyDetails.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof ConcurrentChangeException
                    || r instanceof StateTransitionRefusedException).hasSize(1);
            var winner = (CompanyDetails) results.stream().filter(CompanyDetails.class::isInstance).findFirst().orElseThrow();
            var stored = first.call(() -> companies.get(pending.id()));
            assertThat(stored.status()).isEqualTo(winner.status());
            assertThat(stored.version()).isEqualTo(pending.version() + 1);
            var history = first.call(() -> audit.history("Company", String.valueOf(pending.id()), new PageRequest(0, 10)));
            assertThat(history.total()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Object> decide(CountDownLatch start, Actors.ServiceCall<Object> decision) {
        return () -> {
            start.await();
            try {
                return decision.call();
            } catch (ConcurrentChangeException | StateTransitionRefusedException refused) {
                return refused;
            }
        };
    }
}
