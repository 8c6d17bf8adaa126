package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.UnpaidShares;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/** What a batch prepared now would pay one company, and whether it can be paid (a verified account). */
public record UnpaidSharesResponse(long companyId, String companyName, int claimCount, MoneyResponse amount,
                                   boolean payable) implements Serializable {

    static UnpaidSharesResponse of(UnpaidShares u) {
        return new UnpaidSharesResponse(u.companyId(), u.companyName(), u.claimCount(), MoneyResponse.of(u.amount()),
                u.payable());
    }
}
