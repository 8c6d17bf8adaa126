package org.usrok.fund.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A company left out of a batch, and why, with what it would have been paid: kept with the batch
 * so that nobody's share disappears silently from a disbursement.
 */
@Embeddable
public class SkippedCompany {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SkipReason reason;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected SkippedCompany() {
    }

    SkippedCompany(long companyId, SkipReason reason, int claimCount, long amountMinor) {
        this.companyId = companyId;
        this.reason = reason;
        this.claimCount = claimCount;
        this.amountMinor = amountMinor;
    }

    public long getCompanyId() {
        return companyId;
    }

    public SkipReason getReason() {
        return reason;
    }

    public int getClaimCount() {
        return claimCount;
    }

    public long getAmountMinor() {
        return amountMinor;
    }
}
