package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One recovery with its decision, the receivable's journal entry and the receipts; officers' names absent for companies. */
public record RecoveryResponse(long id, long version, long companyId, String companyName, CountryCode country,
                               Long roundId, String roundNameEn, String roundNameKo, MoneyResponse amount,
                               MoneyResponse recovered, MoneyResponse outstanding, RecoveryStatus status,
                               String reason, String openedBy, Instant openedAt, String approvedBy,
                               Instant approvedAt, Long receivableSequence, String closedBy, Instant closedAt,
                               String closingReason, List<RecoveryReceiptResponse> receipts) implements Serializable {

    static RecoveryResponse of(RecoveryDetails d) {
        return new RecoveryResponse(d.id(), d.version(), d.companyId(), d.companyName(), d.country(), d.roundId(),
                d.roundNameEn(), d.roundNameKo(), MoneyResponse.of(d.amount()), MoneyResponse.of(d.recovered()),
                MoneyResponse.of(d.outstanding()), d.status(), d.reason(), d.openedBy(), d.openedAt(),
                d.approvedBy(), d.approvedAt(), d.receivableSequence(), d.closedBy(), d.closedAt(),
                d.closingReason(), d.receipts().stream().map(RecoveryReceiptResponse::of).toList());
    }
}
