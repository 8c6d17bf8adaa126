package org.usrok.fund.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.usrok.fund.allocation.core.Share;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** One claim's share under a scenario, as the allocation core computed it, in minor units. */
@Embeddable
public class ScenarioShare {

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "approved_minor", nullable = false)
    private long approvedMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool_currency", nullable = false, length = 3)
    private CurrencyCode poolCurrency;

    @Column(name = "pool_share_minor", nullable = false)
    private long poolShareMinor;

    @Column(name = "share_minor", nullable = false)
    private long shareMinor;

    @Column(nullable = false, length = 200)
    private String quota;

    @Column(name = "rounding_adjustment", nullable = false)
    private long roundingAdjustment;

    @Column(nullable = false)
    private boolean capped;

    @Column(name = "below_floor", nullable = false)
    private boolean belowFloor;

    protected ScenarioShare() {
    }

    ScenarioShare(Share share) {
        this.claimId = share.claimId();
        this.companyId = share.companyId();
        this.country = share.country();
        this.currency = share.share().currency();
        this.approvedMinor = share.approved().minorUnits();
        this.poolCurrency = share.poolShare().currency();
        this.poolShareMinor = share.poolShare().minorUnits();
        this.shareMinor = share.share().minorUnits();
        this.quota = share.quota();
        this.roundingAdjustment = share.roundingAdjustmentMinor();
        this.capped = share.capped();
        this.belowFloor = share.belowFloor();
    }

    public long getClaimId() {
        return claimId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public CountryCode getCountry() {
        return country;
    }

    public Money approved() {
        return Money.ofMinor(approvedMinor, currency);
    }

    public Money poolShare() {
        return Money.ofMinor(poolShareMinor, poolCurrency);
    }

    public Money share() {
        return Money.ofMinor(shareMinor, currency);
    }

    public String getQuota() {
        return quota;
    }

    public long getRoundingAdjustment() {
        return roundingAdjustment;
    }

    public boolean isCapped() {
        return capped;
    }

    public boolean isBelowFloor() {
        return belowFloor;
    }
}
