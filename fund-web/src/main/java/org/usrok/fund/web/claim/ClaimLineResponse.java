package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.web.api.Decimals;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a claim: what was claimed and, once reviewed, what was approved and why it was reduced. */
public record ClaimLineResponse(int lineNo, String category, String description, LocalDate periodStartsOn,
                                LocalDate periodEndsOn, String oldUnitPrice, String newUnitPrice, String quantity,
                                MoneyResponse claimed, MoneyResponse approved, String reductionReason) implements Serializable {

    static ClaimLineResponse of(ClaimDetails.Line l) {
        return new ClaimLineResponse(l.lineNo(), l.category(), l.description(), l.periodStartsOn(), l.periodEndsOn(),
                Decimals.plain(l.oldUnitPrice()), Decimals.plain(l.newUnitPrice()), Decimals.plain(l.quantity()),
                MoneyResponse.of(l.claimed()), MoneyResponse.of(l.approved()), l.reductionReason());
    }
}
