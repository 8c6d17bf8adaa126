package org.usrok.fund.payout;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * An officer of the company's country verifies a pending payout account. {@code expectedVersion},
 * when given, is the version the officer looked at: if the account changed since, the
 * verification is refused.
 */
public record VerifyPayoutAccount(@NotNull Long accountId, Long expectedVersion) implements Serializable {
}
