package org.usrok.fund.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An officer records money the company paid back against an approved recovery. */
public record RecordRecoveryReceipt(@NotNull Long recoveryId, @NotNull BigDecimal amount, @NotNull LocalDate receivedOn,
                                    @NotBlank @Size(max = 100) String bankReference) implements Serializable {
}
