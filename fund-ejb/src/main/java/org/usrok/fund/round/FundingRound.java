package org.usrok.fund.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.usrok.fund.persistence.AuditColumns;
import org.usrok.fund.shared.BilingualText;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A funding round (call for applications). An officer drafts it; it opens only when one U.S.
 * officer and one ROK officer, neither of them the drafter, have each signed it off, because
 * both governments put money into it. Revising a draft withdraws the sign-offs already given:
 * they approved other content. Companies apply in the application window and claim in the claim
 * window; claims are closed only once the claim window has passed, so no company loses days it
 * was promised. The U.S. contributes in USD and the ROK in KRW; the two are never added.
 */
@Entity
@Table(name = "funding_round")
public class FundingRound extends AuditColumns {

    public static final String ENTITY = "FundingRound";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_round_seq")
    @SequenceGenerator(name = "funding_round_seq", sequenceName = "funding_round_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;

    @Column(name = "application_opens_at", nullable = false)
    private Instant applicationOpensAt;

    @Column(name = "application_closes_at", nullable = false)
    private Instant applicationClosesAt;

    @Column(name = "claim_opens_at", nullable = false)
    private Instant claimOpensAt;

    @Column(name = "claim_closes_at", nullable = false)
    private Instant claimClosesAt;

    @Column(name = "display_zone", nullable = false, length = 40)
    private String displayZone;

    @Column(name = "eligible_share", nullable = false, precision = 7, scale = 4)
    private BigDecimal eligibleShare;

    @Column(name = "us_contribution_minor", nullable = false)
    private long usContributionMinor;

    @Column(name = "us_pledged_on", nullable = false)
    private LocalDate usPledgedOn;

    @Column(name = "kr_contribution_minor", nullable = false)
    private long krContributionMinor;

    @Column(name = "kr_pledged_on", nullable = false)
    private LocalDate krPledgedOn;

    // lazy: filing a claim reads the round's categories only (issue 16, docs/performance.md)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_material", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "material_code", length = 40)
    private Set<String> materials = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_cost_category", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "category_code", length = 40)
    private Set<String> costCategories = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundStatus status;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "us_approved_by", length = 64)
    private String usApprovedBy;

    @Column(name = "us_approved_at")
    private Instant usApprovedAt;

    @Column(name = "kr_approved_by", length = 64)
    private String krApprovedBy;

    @Column(name = "kr_approved_at")
    private Instant krApprovedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "claims_closed_at")
    private Instant claimsClosedAt;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Column(name = "us_pledge_sequence")
    private Long usPledgeSequence;

    @Column(name = "kr_pledge_sequence")
    private Long krPledgeSequence;

    protected FundingRound() {
    }

    /** A new draft by the given officer; the schedule and amounts were checked by the caller. */
    static FundingRound draft(RoundTerms terms, String officer) {
        FundingRound round = new FundingRound();
        round.status = RoundStatus.DRAFT;
        round.draftedBy = officer;
        round.apply(terms);
        return round;
    }

    /** Changes a draft; any sign-off given so far is withdrawn, since it approved other terms. */
    void revise(RoundTerms terms) {
        requireStatus(RoundStatus.DRAFT, "revise");
        apply(terms);
        usApprovedBy = null;
        usApprovedAt = null;
        krApprovedBy = null;
        krApprovedAt = null;
    }

    private void apply(RoundTerms terms) {
        nameEn = terms.nameEn();
        nameKo = terms.nameKo();
        applicationOpensAt = terms.applicationOpensAt();
        applicationClosesAt = terms.applicationClosesAt();
        claimOpensAt = terms.claimOpensAt();
        claimClosesAt = terms.claimClosesAt();
        displayZone = terms.displayZone();
        eligibleShare = terms.eligibleShare();
        usContributionMinor = terms.usContribution().minorUnits();
        usPledgedOn = terms.usPledgedOn();
        krContributionMinor = terms.krContribution().minorUnits();
        krPledgedOn = terms.krPledgedOn();
        materials.clear();
        materials.addAll(terms.materials());
        costCategories.clear();
        costCategories.addAll(terms.costCategories());
    }

    /**
     * One government's sign-off, by an officer of that government who did not draft the round.
     * The second government's sign-off opens the round.
     *
     * @return true when this sign-off opened the round
     */
    boolean signOff(CountryCode government, String officer, Instant at) {
        requireStatus(RoundStatus.DRAFT, "sign off");
        if (officer.equals(draftedBy)) {
            throw BilateralSignOffException.drafterCannotSign(officer);
        }
        if (government == CountryCode.US) {
            if (usApprovedBy != null) {
                throw BilateralSignOffException.alreadySigned(government.name(), usApprovedBy);
            }
            usApprovedBy = officer;
            usApprovedAt = at;
        } else {
            if (krApprovedBy != null) {
                throw BilateralSignOffException.alreadySigned(government.name(), krApprovedBy);
            }
            krApprovedBy = officer;
            krApprovedAt = at;
        }
        if (usApprovedBy != null && krApprovedBy != null) {
            status = RoundStatus.OPEN;
            openedAt = at;
            return true;
        }
        return false;
    }

    /** Closes the claim window for good: only an open round, and only after the window has passed. */
    void closeClaims(Instant at) {
        requireStatus(RoundStatus.OPEN, "close claims");
        if (at.isBefore(claimClosesAt)) {
            throw new WindowClosedException("claims-closure", claimClosesAt, "-");
        }
        status = RoundStatus.CLAIMS_CLOSED;
        claimsClosedAt = at;
    }

    /**
     * Locks the round with its committed allocation: only a round whose claims are closed, once.
     * Called by the allocation service in the transaction that commits the allocation.
     */
    public void allocate(Instant at) {
        requireStatus(RoundStatus.CLAIMS_CLOSED, "allocate");
        status = RoundStatus.ALLOCATED;
        allocatedAt = at;
    }

    /** Remembers the journal entry that booked a government's pledge when the round opened. */
    public void pledgePosted(CountryCode government, long ledgerSequence) {
        if (government == CountryCode.US) {
            usPledgeSequence = ledgerSequence;
        } else {
            krPledgeSequence = ledgerSequence;
        }
    }

    /** The journal entry of a government's pledge, or null (a zero pledge is not booked). */
    public Long pledgeSequence(CountryCode government) {
        return government == CountryCode.US ? usPledgeSequence : krPledgeSequence;
    }

    /** The day a government pledged its contribution. */
    public LocalDate pledgedOn(CountryCode government) {
        return government == CountryCode.US ? usPledgedOn : krPledgedOn;
    }

    /** Refuses unless the round is open and {@code at} lies in the application window. */
    public void requireApplicationWindow(Instant at) {
        if (status != RoundStatus.OPEN || at.isBefore(applicationOpensAt) || !at.isBefore(applicationClosesAt)) {
            throw new WindowClosedException("application", applicationOpensAt, applicationClosesAt);
        }
    }

    /** Refuses unless the round is open and {@code at} lies in the claim window. */
    public void requireClaimWindow(Instant at) {
        if (status != RoundStatus.OPEN || at.isBefore(claimOpensAt) || !at.isBefore(claimClosesAt)) {
            throw new WindowClosedException("claim", claimOpensAt, claimClosesAt);
        }
    }

    public boolean supportsMaterial(String code) {
        return materials.contains(code);
    }

    public boolean supportsCostCategory(String code) {
        return costCategories.contains(code);
    }

    /** What the given government pledged to this round, in its own currency. */
    public Money contributionOf(CountryCode government) {
        return government == CountryCode.US
                ? Money.ofMinor(usContributionMinor, CurrencyCode.USD)
                : Money.ofMinor(krContributionMinor, CurrencyCode.KRW);
    }

    private void requireStatus(RoundStatus expected, String action) {
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

    public String getNameEn() {
        return nameEn;
    }

    public String getNameKo() {
        return nameKo;
    }

    /** The round's name in both languages, for messages each reader sees in their own. */
    public BilingualText name() {
        return new BilingualText(nameEn, nameKo);
    }

    public Instant getApplicationOpensAt() {
        return applicationOpensAt;
    }

    public Instant getApplicationClosesAt() {
        return applicationClosesAt;
    }

    public Instant getClaimOpensAt() {
        return claimOpensAt;
    }

    public Instant getClaimClosesAt() {
        return claimClosesAt;
    }

    public String getDisplayZone() {
        return displayZone;
    }

    /** The share of a price difference the fund covers, as a fraction (0.5 = half). */
    public BigDecimal getEligibleShare() {
        return eligibleShare;
    }

    public LocalDate getUsPledgedOn() {
        return usPledgedOn;
    }

    public LocalDate getKrPledgedOn() {
        return krPledgedOn;
    }

    public Set<String> getMaterials() {
        return Set.copyOf(materials);
    }

    public Set<String> getCostCategories() {
        return Set.copyOf(costCategories);
    }

    public RoundStatus getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
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

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClaimsClosedAt() {
        return claimsClosedAt;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }
}
