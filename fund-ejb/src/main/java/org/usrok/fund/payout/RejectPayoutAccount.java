package org.usrok.fund.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An officer rejects a pending payout account and must say why (the company is shown the reason). */
public record RejectPayoutAccount(@NotNull Long accountId, Long expectedVersion,
                                  @NotBlank @Size(max = 1000) String reason) implements Serializable {
}
