package org.usrok.fund.claim;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/** The reviewer's approved amount for one line (numbered from 1), with the reason for any reduction. */
public record LineReview(@NotNull @Min(1) Integer lineNo, @NotNull BigDecimal approvedAmount,
                         @Size(max = 1000) String reason) implements Serializable {
}
