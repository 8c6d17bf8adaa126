package org.usrok.fund.it.round;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditOutcome;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.reference.UnknownReferenceException;
import org.usrok.fund.round.BilateralSignOffException;
import org.usrok.fund.round.DraftRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundScheduleInvalidException;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.round.WindowClosedException;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.InvalidAmountException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.usrok.fund.it.support.Workflow.now;

/** A round opens only with one sign-off per government, neither by its drafter; its terms are checked. */
@ExtendWith(ArquillianExtension.class)
class RoundSignOffIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RoundSignOffIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    UserAccountService users;

    @Inject
    AuditTrail audit;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    private static DraftRound terms() {
        return Workflow.openWindows("Round " + TestData.suffix());
    }

    @Test
    void oneOfficerPerGovernmentOtherThanTheDrafterOpensTheRound() {
        var drafter = actors.newOfficer(CountryCode.KR);
        RoundDetails draft = drafter.call(() -> rounds.draft(terms()));
        assertThat(draft.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(draft.usContribution()).isEqualTo(Money.of("1000000.00", CurrencyCode.USD));
        assertThat(draft.krContribution()).isEqualTo(Money.of("1300000000", CurrencyCode.KRW));
        assertThat(draft.eligibleSharePercent()).isEqualByComparingTo("50");

        assertThatThrownBy(() -> drafter.call(() -> rounds.signOff(draft.id(), null)))
                .isInstanceOf(BilateralSignOffException.class);

        var us1 = actors.newOfficer(CountryCode.US);
        RoundDetails half = us1.call(() -> rounds.signOff(draft.id(), null));
        assertThat(half.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(half.usApprovedBy()).isEqualTo(us1.username());

        var us2 = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> us2.call(() -> rounds.signOff(draft.id(), null)))
                .isInstanceOf(BilateralSignOffException.class)
                .hasMessageContaining(us1.username());

        var kr = actors.newOfficer(CountryCode.KR);
        RoundDetails open = kr.call(() -> rounds.signOff(draft.id(), null));
        assertThat(open.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(open.krApprovedBy()).isEqualTo(kr.username());
        assertThat(open.openedAt()).isNotNull();

        var history = actors.newAuditor().call(() -> audit.history("FundingRound", String.valueOf(draft.id()),
                new PageRequest(0, 20)));
        assertThat(history.items()).extracting(e -> e.action(), e -> e.outcome())
                .as("the drafter's and the second U.S. officer's refused sign-offs are in the trail too")
                .containsExactly(tuple("ROUND_DRAFTED", AuditOutcome.DONE), tuple("ROUND_SIGNED_OFF", AuditOutcome.REFUSED),
                        tuple("ROUND_SIGNED_OFF_US", AuditOutcome.DONE), tuple("ROUND_SIGNED_OFF", AuditOutcome.REFUSED),
                        tuple("ROUND_SIGNED_OFF_KR", AuditOutcome.DONE), tuple("ROUND_OPENED", AuditOutcome.DONE));
        assertThat(history.items()).filteredOn(e -> e.outcome() == AuditOutcome.REFUSED)
                .extracting(e -> e.actor(), e -> e.refusalRule())
                .containsExactly(tuple(drafter.username(), "bilateral-sign-off"), tuple(us2.username(), "bilateral-sign-off"));
    }

    @Test
    void revisingADraftWithdrawsTheSignOffsGiven() {
        var drafter = actors.newOfficer(CountryCode.US);
        RoundDetails draft = drafter.call(() -> rounds.draft(terms()));
        RoundDetails signed = actors.newOfficer(CountryCode.KR).call(() -> rounds.signOff(draft.id(), null));
        assertThat(signed.krApprovedBy()).isNotNull();

        RoundDetails revised = drafter.call(() -> rounds.revise(draft.id(), signed.version(), terms()));
        assertThat(revised.krApprovedBy()).isNull();
        assertThat(revised.status()).isEqualTo(RoundStatus.DRAFT);

        assertThatThrownBy(() -> drafter.call(() -> rounds.revise(draft.id(), signed.version(), terms())))
                .hasMessageContaining("concurrentChange");
    }

    @Test
    void companiesCannotDraftAndDoNotSeeDrafts() {
        var company = actors.newCompanyUser(CountryCode.US);
        assertThatThrownBy(() -> company.call(() -> rounds.draft(terms()))).isInstanceOf(EJBAccessException.class);

        RoundDetails draft = actors.newOfficer(CountryCode.US).call(() -> rounds.draft(terms()));
        assertThatThrownBy(() -> company.call(() -> rounds.get(draft.id()))).isInstanceOf(EntityNotFoundException.class);
        assertThat(company.call(() -> rounds.list(null, new PageRequest(0, 200))).items())
                .noneMatch(r -> r.status() == RoundStatus.DRAFT);
    }

    @Test
    void termsAreChecked() {
        var officer = actors.newOfficer(CountryCode.US);
        DraftRound t = terms();
        assertThatThrownBy(() -> officer.call(() -> rounds.draft(Workflow.terms(t.nameEn(), now(), now().minusDays(1),
                now(), now().plusDays(1))))).isInstanceOf(RoundScheduleInvalidException.class);
        assertThatThrownBy(() -> officer.call(() -> rounds.draft(new DraftRound(t.nameEn(), t.nameKo(),
                t.applicationOpensAt(), t.applicationClosesAt(), t.claimOpensAt(), t.claimClosesAt(), "Mars/Olympus",
                t.eligibleSharePercent(), t.usContribution(), t.usPledgedOn(), t.krContribution(), t.krPledgedOn(),
                t.materials(), t.costCategories())))).isInstanceOf(RoundScheduleInvalidException.class);
        assertThatThrownBy(() -> officer.call(() -> rounds.draft(new DraftRound(t.nameEn(), t.nameKo(),
                t.applicationOpensAt(), t.applicationClosesAt(), t.claimOpensAt(), t.claimClosesAt(), t.displayZone(),
                t.eligibleSharePercent(), new BigDecimal("10.001"), t.usPledgedOn(), new BigDecimal("1300.5"),
                t.krPledgedOn(), t.materials(), t.costCategories())))).isInstanceOf(InvalidAmountException.class);
        assertThatThrownBy(() -> officer.call(() -> rounds.draft(new DraftRound(t.nameEn(), t.nameKo(),
                t.applicationOpensAt(), t.applicationClosesAt(), t.claimOpensAt(), t.claimClosesAt(), t.displayZone(),
                t.eligibleSharePercent(), t.usContribution(), t.usPledgedOn(), t.krContribution(), t.krPledgedOn(),
                List.of("UNOBTAINIUM"), t.costCategories())))).isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void claimsCloseOnlyAfterTheClaimWindow() {
        Workflow flow = new Workflow(actors, rounds, null, null, null);
        RoundDetails open = flow.openRound();
        var officer = actors.newOfficer(CountryCode.KR);
        assertThatThrownBy(() -> officer.call(() -> rounds.closeClaims(open.id(), null)))
                .isInstanceOf(WindowClosedException.class);

        RoundDetails past = flow.openRound(Workflow.terms("Past " + TestData.suffix(), now().minusDays(90),
                now().minusDays(60), now().minusDays(59), now().minusDays(1)));
        RoundDetails closed = officer.call(() -> rounds.closeClaims(past.id(), null));
        assertThat(closed.status()).isEqualTo(RoundStatus.CLAIMS_CLOSED);
        assertThatThrownBy(() -> officer.call(() -> rounds.closeClaims(past.id(), null)))
                .isInstanceOf(StateTransitionRefusedException.class);
    }
}
