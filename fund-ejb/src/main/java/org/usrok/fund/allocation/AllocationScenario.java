package org.usrok.fund.allocation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationResult;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One way of sharing a round's pool among its approved claims: the method and parameters an
 * officer chose, the pools and the exchange rate it used, and the shares and certificate the
 * allocation core produced. Officers simulate as many as they like; one at a time is proposed,
 * and it is committed only when one U.S. officer and one ROK officer, neither the proposer, have
 * approved it, because committing obliges both governments' money. A scenario never changes its
 * inputs or shares after it was simulated: a new choice is a new scenario.
 */
@Entity
@Table(name = "allocation_scenario")
public class AllocationScenario extends AuditColumns {

    public static final String ENTITY = "AllocationScenario";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_scenario_seq")
    @SequenceGenerator(name = "allocation_scenario_seq", sequenceName = "allocation_scenario_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(nullable = false, length = 200, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AllocationMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "even_basis", nullable = false, length = 16, updatable = false)
    private EvenBasis evenBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool_mode", nullable = false, length = 24, updatable = false)
    private PoolMode poolMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool_currency", length = 3, updatable = false)
    private CurrencyCode poolCurrency;

    @Column(name = "exchange_rate_id", updatable = false)
    private Long exchangeRateId;

    @Column(name = "rate_name", length = 300, updatable = false)
    private String rateName;

    @Enumerated(EnumType.STRING)
    @Column(name = "cap_currency", length = 3, updatable = false)
    private CurrencyCode capCurrency;

    @Column(name = "cap_minor", updatable = false)
    private Long capMinor;

    @Column(name = "cap_percent", precision = 9, scale = 4, updatable = false)
    private BigDecimal capPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "floor_currency", length = 3, updatable = false)
    private CurrencyCode floorCurrency;

    @Column(name = "floor_minor", updatable = false)
    private Long floorMinor;

    @Column(name = "us_pool_minor", nullable = false, updatable = false)
    private long usPoolMinor;

    @Column(name = "kr_pool_minor", nullable = false, updatable = false)
    private long krPoolMinor;

    @Column(name = "claim_count", nullable = false, updatable = false)
    private int claimCount;

    @Column(name = "inputs_digest", nullable = false, length = 64, updatable = false)
    private String inputsDigest;

    @Column(name = "certificate_digest", nullable = false, length = 64, updatable = false)
    private String certificateDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScenarioStatus status;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "us_approved_by", length = 64)
    private String usApprovedBy;

    @Column(name = "us_approved_at")
    private Instant usApprovedAt;

    @Column(name = "kr_approved_by", length = 64)
    private String krApprovedBy;

    @Column(name = "kr_approved_at")
    private Instant krApprovedAt;

    @Column(name = "declined_by", length = 64)
    private String declinedBy;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "ledger_sequence")
    private Long ledgerSequence;

    // written once with the simulation, never changed: immutable, so that a flush does not compare
    // 100,000 shares with their snapshot (B2, docs/performance.md)
    @ElementCollection
    @Immutable
    @CollectionTable(name = "allocation_share", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderBy("claimId")
    private List<ScenarioShare> shares = new ArrayList<>();

    @ElementCollection
    @Immutable
    @CollectionTable(name = "allocation_pool_outcome", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderBy("name")
    private List<PoolResult> pools = new ArrayList<>();

    protected AllocationScenario() {
    }

    /** Records a simulation: its choices, the pools and rate it used, and what the core computed. */
    static AllocationScenario simulated(long roundId, String name, RunScenario choices, Money companyCap,
                                        Money floor, Money usPool, Money krPool,
                                        String rateName, AllocationResult result) {
        var scenario = new AllocationScenario();
        scenario.roundId = roundId;
        scenario.name = name;
        scenario.method = choices.method();
        scenario.evenBasis = choices.evenBasis();
        scenario.poolMode = choices.poolMode();
        scenario.poolCurrency = choices.poolCurrency();
        scenario.exchangeRateId = choices.exchangeRateId();
        scenario.rateName = rateName;
        if (companyCap != null) {
            scenario.capCurrency = companyCap.currency();
            scenario.capMinor = companyCap.minorUnits();
        }
        scenario.capPercent = choices.capPercentOfPool();
        if (floor != null) {
            scenario.floorCurrency = floor.currency();
            scenario.floorMinor = floor.minorUnits();
        }
        scenario.usPoolMinor = usPool.minorUnits();
        scenario.krPoolMinor = krPool.minorUnits();
        scenario.claimCount = result.shares().size();
        scenario.inputsDigest = result.certificate().inputsDigest();
        scenario.certificateDigest = result.certificate().digest();
        scenario.status = ScenarioStatus.SIMULATED;
        result.shares().forEach(s -> scenario.shares.add(new ScenarioShare(s)));
        result.pools().forEach(p -> scenario.pools.add(new PoolResult(p)));
        return scenario;
    }

    /**
     * An officer puts the scenario forward for commitment; approvals given to an earlier proposal
     * are void. A scenario that pays nothing ({@code distributed}, its {@link #totalDistributed}
     * as the caller totalled it, is empty) is never proposed.
     */
    void propose(String officer, Instant at, List<Money> distributed) {
        if (status != ScenarioStatus.SIMULATED && status != ScenarioStatus.DECLINED) {
            throw new StateTransitionRefusedException(ENTITY, status, "propose");
        }
        if (distributed.isEmpty()) {
            throw AllocationCommitmentException.nothingToDistribute(id);
        }
        status = ScenarioStatus.PROPOSED;
        proposedBy = officer;
        proposedAt = at;
        usApprovedBy = null;
        usApprovedAt = null;
        krApprovedBy = null;
        krApprovedAt = null;
        declinedBy = null;
        declinedAt = null;
        declineReason = null;
    }

    /**
     * Why {@code officer}, a government officer of {@code government} ({@code null}: not a
     * government officer), may not approve this scenario now, or empty when they may. Only a
     * proposed scenario is approved; its proposer never approves it (separation of duties) and
     * each government approves once, so two governments' officers must agree before money is
     * committed.
     */
    public Optional<ApprovalBlocker> approvalBlocker(CountryCode government, String officer) {
        if (government == null) {
            return Optional.of(ApprovalBlocker.NOT_AN_OFFICER);
        }
        if (status != ScenarioStatus.PROPOSED) {
            return Optional.of(ApprovalBlocker.NOT_PROPOSED);
        }
        if (officer.equals(proposedBy)) {
            return Optional.of(ApprovalBlocker.PROPOSER);
        }
        if (approverOf(government) != null) {
            return Optional.of(ApprovalBlocker.GOVERNMENT_APPROVED);
        }
        return Optional.empty();
    }

    /**
     * An officer approves the proposal for their government, unless {@link #approvalBlocker}
     * names a reason not to.
     *
     * @return true when this approval completes the bilateral approval, so the scenario must be committed now
     */
    boolean approve(CountryCode government, String officer, Instant at) {
        Optional<ApprovalBlocker> blocker = approvalBlocker(government, officer);
        if (blocker.isPresent()) {
            throw switch (blocker.get()) {
                case NOT_PROPOSED -> new StateTransitionRefusedException(ENTITY, status, "approve");
                case PROPOSER -> AllocationCommitmentException.proposerCannotApprove(officer);
                case GOVERNMENT_APPROVED -> AllocationCommitmentException.alreadyApproved(government,
                        approverOf(government));
                case NOT_AN_OFFICER -> new IllegalArgumentException("only a government officer approves");
            };
        }
        if (government == CountryCode.US) {
            usApprovedBy = officer;
            usApprovedAt = at;
        } else {
            krApprovedBy = officer;
            krApprovedAt = at;
        }
        return usApprovedBy != null && krApprovedBy != null;
    }

    private String approverOf(CountryCode government) {
        return government == CountryCode.US ? usApprovedBy : krApprovedBy;
    }

    /** An officer declines the proposal (the proposer may withdraw it the same way); a reason is required. */
    void decline(String officer, String reason, Instant at) {
        requireStatus(ScenarioStatus.PROPOSED, "decline");
        status = ScenarioStatus.DECLINED;
        declinedBy = officer;
        declinedAt = at;
        declineReason = reason;
    }

    /** The bilateral approval is complete and the obligations are booked under {@code entry}. */
    void committed(long entry, Instant at) {
        requireStatus(ScenarioStatus.PROPOSED, "commit");
        status = ScenarioStatus.COMMITTED;
        ledgerSequence = entry;
        committedAt = at;
    }

    /**
     * What the scenario distributes, per payment currency, leaving out currencies with nothing to
     * pay. This loads every share; the service totals them in the database instead (B2,
     * docs/performance.md).
     */
    public List<Money> totalDistributed() {
        List<Money> totals = new ArrayList<>();
        for (CurrencyCode currency : CurrencyCode.values()) {
            long sum = 0;
            for (ScenarioShare share : shares) {
                if (share.share().currency() == currency) {
                    sum = Math.addExact(sum, share.share().minorUnits());
                }
            }
            if (sum > 0) {
                totals.add(Money.ofMinor(sum, currency));
            }
        }
        return totals;
    }

    private void requireStatus(ScenarioStatus expected, String action) {
        if (status != expected) {
            throw new StateTransitionRefusedException(ENTITY, status, action);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getName() {
        return name;
    }

    public AllocationMethod getMethod() {
        return method;
    }

    public EvenBasis getEvenBasis() {
        return evenBasis;
    }

    public PoolMode getPoolMode() {
        return poolMode;
    }

    public CurrencyCode getPoolCurrency() {
        return poolCurrency;
    }

    public Long getExchangeRateId() {
        return exchangeRateId;
    }

    public String getRateName() {
        return rateName;
    }

    public Money companyCap() {
        return capMinor == null ? null : Money.ofMinor(capMinor, capCurrency);
    }

    public BigDecimal getCapPercent() {
        return capPercent;
    }

    public Money floor() {
        return floorMinor == null ? null : Money.ofMinor(floorMinor, floorCurrency);
    }

    public Money usPool() {
        return Money.ofMinor(usPoolMinor, CurrencyCode.USD);
    }

    public Money krPool() {
        return Money.ofMinor(krPoolMinor, CurrencyCode.KRW);
    }

    public int getClaimCount() {
        return claimCount;
    }

    public String getInputsDigest() {
        return inputsDigest;
    }

    public String getCertificateDigest() {
        return certificateDigest;
    }

    public ScenarioStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getUsApprovedBy() {
        return usApprovedBy;
    }

    public Instant getUsApprovedAt() {
        return usApprovedAt;
    }

    public String getKrApprovedBy() {
        return krApprovedBy;
    }

    public Instant getKrApprovedAt() {
        return krApprovedAt;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public Long getLedgerSequence() {
        return ledgerSequence;
    }

    public List<ScenarioShare> getShares() {
        return List.copyOf(shares);
    }

    public List<PoolResult> getPools() {
        return List.copyOf(pools);
    }
}
