package org.usrok.fund.web.contribution;

import org.usrok.fund.contribution.RecordContributionReceipt;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/rounds/{id}/contributions/receipts}: the paying government (US or KR),
 * the amount in its own currency (a decimal string or number), the value date and the bank's
 * reference. The rules (paying government's officer, at most the outstanding pledge) are the service's.
 */
public record ReceiptRequest(CountryCode government, BigDecimal amount, LocalDate receivedOn, String bankReference) implements Serializable {

    static ReceiptRequest empty() {
        return new ReceiptRequest(null, null, null, null);
    }

    RecordContributionReceipt toCommand(long roundId) {
        return new RecordContributionReceipt(roundId, government, amount, receivedOn, bankReference);
    }
}
