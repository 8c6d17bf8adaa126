package org.usrok.fund.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An officer records money received from their government for a round, in that government's currency. */
public record RecordContributionReceipt(@NotNull Long roundId, @NotNull CountryCode government,
                                        @NotNull BigDecimal amount, @NotNull LocalDate receivedOn,
                                        @NotBlank @Size(max = 100) String bankReference) implements Serializable {
}
