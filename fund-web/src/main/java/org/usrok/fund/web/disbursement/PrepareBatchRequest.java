package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.util.List;

/**
 * Body of {@code POST /api/rounds/{id}/disbursement-batches}: the currency to pay ({@code USD} or
 * {@code KRW}) and optionally the companies to pay (omitted: every company with unpaid shares).
 */
public record PrepareBatchRequest(CurrencyCode currency, List<Long> companyIds) implements Serializable {

    PrepareBatch toCommand(long roundId) {
        return new PrepareBatch(roundId, currency, companyIds);
    }
}
