package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/** One claim's share under a scenario, with its exact quota and rounding adjustment (in minor units). */
public record ShareResponse(long claimId, String claimTitle, long companyId, String companyName, CountryCode country,
                            MoneyResponse approved, MoneyResponse poolShare, MoneyResponse share, String quota,
                            long roundingAdjustment, boolean capped, boolean belowFloor) implements Serializable {

    static ShareResponse of(ShareLine s) {
        return new ShareResponse(s.claimId(), s.claimTitle(), s.companyId(), s.companyName(), s.country(),
                MoneyResponse.of(s.approved()), MoneyResponse.of(s.poolShare()), MoneyResponse.of(s.share()), s.quota(),
                s.roundingAdjustment(), s.capped(), s.belowFloor());
    }
}
