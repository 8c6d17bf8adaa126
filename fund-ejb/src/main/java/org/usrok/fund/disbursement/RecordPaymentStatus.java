package org.usrok.fund.disbursement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the bank reported for one payment: paid, returned or rejected, on which day, with the bank's
 * reference and (for a return or rejection, required) the reason; {@code expectedVersion} is the
 * payment's version the officer saw.
 */
public record RecordPaymentStatus(@NotNull PaymentOutcome status,
                                  @NotNull LocalDate date,
                                  @Size(max = 140) String bankReference,
                                  @Size(max = 1000) String reason,
                                  Long expectedVersion) implements Serializable {
}
