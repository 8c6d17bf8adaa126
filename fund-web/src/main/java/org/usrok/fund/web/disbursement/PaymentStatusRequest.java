package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.RecordPaymentStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/payments/{id}/status}: {@code PAID}, {@code RETURNED} or {@code REJECTED},
 * the bank's date ({@code yyyy-MM-dd}), its reference, the reason (required for a return or
 * rejection) and the payment's version the officer saw.
 */
public record PaymentStatusRequest(PaymentOutcome status, LocalDate date, String bankReference, String reason,
                                   Long expectedVersion) implements Serializable {

    RecordPaymentStatus toCommand() {
        return new RecordPaymentStatus(status, date, bankReference, reason, expectedVersion);
    }
}
