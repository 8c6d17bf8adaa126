package org.usrok.fund.web.contribution;

import org.usrok.fund.contribution.ContributionStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One government's contribution to a round: pledged, received and outstanding in its own
 * currency; {@code pledgeSequence} is the journal entry of the pledge (absent until the round
 * opens) and each receipt names its own entry.
 */
public record ContributionResponse(CountryCode government, MoneyResponse pledged, LocalDate pledgedOn,
                                   Long pledgeSequence, MoneyResponse received, MoneyResponse outstanding,
                                   List<ReceiptResponse> receipts) implements Serializable {

    static ContributionResponse of(ContributionStatus s) {
        return new ContributionResponse(s.government(), MoneyResponse.of(s.pledged()), s.pledgedOn(),
                s.pledgeSequence(), MoneyResponse.of(s.received()), MoneyResponse.of(s.outstanding()),
                s.receipts().stream().map(ReceiptResponse::of).toList());
    }
}
