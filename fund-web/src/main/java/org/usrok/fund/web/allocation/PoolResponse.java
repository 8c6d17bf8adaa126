package org.usrok.fund.web.allocation;

import org.usrok.fund.allocation.PoolSummary;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/** One pool of a scenario and the leftover that stays in the fund. */
public record PoolResponse(String name, MoneyResponse pool, MoneyResponse distributed, MoneyResponse leftover) implements Serializable {

    static PoolResponse of(PoolSummary p) {
        return new PoolResponse(p.name(), MoneyResponse.of(p.pool()), MoneyResponse.of(p.distributed()),
                MoneyResponse.of(p.leftover()));
    }
}
