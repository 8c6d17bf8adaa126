package org.usrok.fund.allocation;

import org.usrok.fund.shared.Money;

import java.io.Serializable;

/** One pool of a scenario: "US", "KR" or "POOLED", what was distributed and what stays in the fund. */
public record PoolSummary(String name, Money pool, Money distributed, Money leftover) implements Serializable {

    static PoolSummary of(PoolResult p) {
        return new PoolSummary(p.getName(), p.pool(), p.distributed(), p.leftover());
    }
}
