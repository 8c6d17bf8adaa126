package org.usrok.fund.allocation.core;

import org.usrok.fund.shared.Money;

/**
 * One pool: name "US", "KR" or "POOLED"; its amount, what was distributed (the sum of the pool
 * shares, exactly) and the leftover that stays in the fund.
 */
public record PoolOutcome(String name, Money pool, Money distributed, Money leftover) {
}
