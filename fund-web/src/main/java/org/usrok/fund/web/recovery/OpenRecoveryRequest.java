package org.usrok.fund.web.recovery;

import org.usrok.fund.recovery.OpenRecovery;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Body of {@code POST /api/recoveries}: the company, the currency it was paid in, the amount (a
 * decimal string or number), the reason and optionally the round whose payment is recovered.
 */
public record OpenRecoveryRequest(Long companyId, CurrencyCode currency, BigDecimal amount, String reason,
                                  Long roundId) implements Serializable {

    static OpenRecoveryRequest empty() {
        return new OpenRecoveryRequest(null, null, null, null, null);
    }

    OpenRecovery toCommand() {
        return new OpenRecovery(companyId, currency, amount, reason, roundId);
    }
}
