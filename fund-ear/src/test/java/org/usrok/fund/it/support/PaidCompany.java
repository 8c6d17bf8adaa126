package org.usrok.fund.it.support;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.disbursement.BatchDetails;

/**
 * A company the fund has actually paid, through the real disbursement flow
 * ({@link DisbursementFixture#paid}): its claim is allocated in full in a committed allocation, its
 * payout account is registered and verified, and a batch paying it is prepared by one officer of its
 * country and released by another. Recoveries are measured against such payments.
 */
public record PaidCompany(ClaimDetails claim, BatchDetails batch, Actors.Actor user) {

    public long companyId() {
        return claim.companyId();
    }

    public long roundId() {
        return claim.roundId();
    }
}
