package org.usrok.fund.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.usrok.fund.allocation.core.PoolOutcome;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** One pool of a scenario: its amount, what was distributed and the leftover that stays in the fund. */
@Embeddable
public class PoolResult {

    @Column(name = "pool_name", nullable = false, length = 16)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "pool_minor", nullable = false)
    private long poolMinor;

    @Column(name = "distributed_minor", nullable = false)
    private long distributedMinor;

    @Column(name = "leftover_minor", nullable = false)
    private long leftoverMinor;

    protected PoolResult() {
    }

    PoolResult(PoolOutcome outcome) {
        this.name = outcome.name();
        this.currency = outcome.pool().currency();
        this.poolMinor = outcome.pool().minorUnits();
        this.distributedMinor = outcome.distributed().minorUnits();
        this.leftoverMinor = outcome.leftover().minorUnits();
    }

    public String getName() {
        return name;
    }

    public Money pool() {
        return Money.ofMinor(poolMinor, currency);
    }

    public Money distributed() {
        return Money.ofMinor(distributedMinor, currency);
    }

    public Money leftover() {
        return Money.ofMinor(leftoverMinor, currency);
    }
}
