package org.usrok.fund.disbursement;

import org.usrok.fund.shared.Money;

import java.io.Serializable;

/**
 * What a batch prepared now would pay one company: its committed shares in the currency that are
 * in no live payment (how many, how much), and whether it has a verified payout account to pay
 * them to (otherwise it would be skipped). For the officer choosing the companies of a batch.
 */
public record UnpaidShares(long companyId, String companyName, int claimCount, Money amount, boolean payable) implements Serializable {
}
