package org.usrok.fund.allocation;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scenario aggregate's rules of proposal and bilateral approval, without a container. */
class AllocationScenarioTest {

    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    private static AllocationScenario scenario(String usPool) {
        Money us = Money.of(usPool, CurrencyCode.USD);
        Money kr = Money.zero(CurrencyCode.KRW);
        var rules = new AllocationRules(AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, null, null, null);
        var result = Allocator.allocate(new AllocationRequest(PoolMode.PER_COUNTRY, us, kr, null, null, rules,
                List.of(new ClaimEntitlement(1, 10, CountryCode.US, Money.of("300.00", CurrencyCode.USD)),
                        new ClaimEntitlement(2, 20, CountryCode.US, Money.of("100.00", CurrencyCode.USD)))));
        var choices = new RunScenario(7L, "Proportional", AllocationMethod.PROPORTIONAL, null, PoolMode.PER_COUNTRY,
                null, null, null, null, null, null, null);
        return AllocationScenario.simulated(7, "Proportional", choices, null, null, us, kr, null, result);
    }

    @Test
    void keepsTheSharesAndReportsWhatItDistributesPerCurrency() {
        AllocationScenario s = scenario("200.00");
        assertThat(s.getStatus()).isEqualTo(ScenarioStatus.SIMULATED);
        assertThat(s.getShares()).extracting(sh -> sh.share().toString())
                .containsExactly(Money.of("150.00", CurrencyCode.USD).toString(),
                        Money.of("50.00", CurrencyCode.USD).toString());
        assertThat(s.totalDistributed()).containsExactly(Money.of("200.00", CurrencyCode.USD));
    }

    @Test
    void oneOfficerOfEachGovernmentOtherThanTheProposerCommits() {
        AllocationScenario s = scenario("200.00");
        s.propose("us.officer1", NOW, s.totalDistributed());
        assertThatThrownBy(() -> s.approve(CountryCode.US, "us.officer1", NOW))
                .isInstanceOfSatisfying(AllocationCommitmentException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.FORBIDDEN));
        assertThat(s.approve(CountryCode.US, "us.officer2", NOW)).isFalse();
        assertThatThrownBy(() -> s.approve(CountryCode.US, "us.officer3", NOW))
                .isInstanceOfSatisfying(AllocationCommitmentException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.CONFLICT));
        assertThat(s.approve(CountryCode.KR, "kr.officer1", NOW)).isTrue();
        s.committed(42, NOW);
        assertThat(s.getStatus()).isEqualTo(ScenarioStatus.COMMITTED);
        assertThatThrownBy(() -> s.decline("kr.officer2", "too late", NOW))
                .isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void namesWhyAnOfficerMayNotApprove() {
        AllocationScenario s = scenario("200.00");
        assertThat(s.approvalBlocker(CountryCode.US, "us.officer2")).contains(ApprovalBlocker.NOT_PROPOSED);
        s.propose("us.officer1", NOW, s.totalDistributed());
        assertThat(s.approvalBlocker(null, "auditor")).contains(ApprovalBlocker.NOT_AN_OFFICER);
        assertThat(s.approvalBlocker(CountryCode.US, "us.officer1")).contains(ApprovalBlocker.PROPOSER);
        assertThat(s.approvalBlocker(CountryCode.US, "us.officer2")).isEmpty();
        s.approve(CountryCode.US, "us.officer2", NOW);
        assertThat(s.approvalBlocker(CountryCode.US, "us.officer3")).contains(ApprovalBlocker.GOVERNMENT_APPROVED);
        assertThat(s.approvalBlocker(CountryCode.KR, "kr.officer1")).isEmpty();
    }

    @Test
    void aDeclinedProposalCanBeProposedAgainWithoutItsEarlierApprovals() {
        AllocationScenario s = scenario("200.00");
        s.propose("us.officer1", NOW, s.totalDistributed());
        s.approve(CountryCode.KR, "kr.officer1", NOW);
        s.decline("us.officer2", "Use the even method", NOW);
        assertThat(s.getStatus()).isEqualTo(ScenarioStatus.DECLINED);
        assertThat(s.getDeclineReason()).isEqualTo("Use the even method");

        s.propose("us.officer2", NOW, s.totalDistributed());
        assertThat(s.getKrApprovedBy()).isNull();
        assertThat(s.getDeclinedBy()).isNull();
        assertThat(s.approve(CountryCode.KR, "kr.officer1", NOW)).isFalse();
    }

    @Test
    void aScenarioThatDistributesNothingCannotBeProposed() {
        AllocationScenario s = scenario("0.00");
        assertThatThrownBy(() -> s.propose("us.officer1", NOW, s.totalDistributed()))
                .isInstanceOfSatisfying(AllocationCommitmentException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.UNPROCESSABLE));
        assertThatThrownBy(() -> s.approve(CountryCode.US, "us.officer2", NOW))
                .isInstanceOf(StateTransitionRefusedException.class);
    }
}
