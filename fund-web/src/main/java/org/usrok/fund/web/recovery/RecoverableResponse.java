package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.RecoverableAmount;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/** {@code GET /api/recoveries/recoverable}: paid to the company, claimed by its recoveries, still recoverable. */
public record RecoverableResponse(long companyId, MoneyResponse paid, MoneyResponse claimed, MoneyResponse available) implements Serializable {

    static RecoverableResponse of(RecoverableAmount r) {
        return new RecoverableResponse(r.companyId(), MoneyResponse.of(r.paid()), MoneyResponse.of(r.claimed()),
                MoneyResponse.of(r.available()));
    }
}
