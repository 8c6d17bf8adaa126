package org.usrok.fund.disbursement;

/** What the bank reported for a released payment. */
public enum PaymentOutcome {
    PAID,
    RETURNED,
    REJECTED;

    PaymentStatus status() {
        return PaymentStatus.valueOf(name());
    }
}
