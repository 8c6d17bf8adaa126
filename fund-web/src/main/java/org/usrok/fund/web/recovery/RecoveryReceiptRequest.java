package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.RecordRecoveryReceipt;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /api/recoveries/{id}/receipts}: the amount repaid, the value date and the bank's reference. */
public record RecoveryReceiptRequest(BigDecimal amount, LocalDate receivedOn, String bankReference) implements Serializable {

    static RecoveryReceiptRequest empty() {
        return new RecoveryReceiptRequest(null, null, null);
    }

    RecordRecoveryReceipt toCommand(long recoveryId) {
        return new RecordRecoveryReceipt(recoveryId, amount, receivedOn, bankReference);
    }
}
