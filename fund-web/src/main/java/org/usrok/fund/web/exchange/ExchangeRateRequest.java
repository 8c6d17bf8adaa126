package org.usrok.fund.web.exchange;

import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.exchange.RecordExchangeRate;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/exchange-rates}: 1 {@code base} = {@code rate} {@code quote} (a decimal
 * string or number) effective on {@code effectiveOn}, from {@code source}, with the source's own
 * reference (optional). The rules (positive, two different currencies, one per pair, day and
 * source) are the service's.
 */
public record ExchangeRateRequest(CurrencyCode base, CurrencyCode quote, BigDecimal rate, LocalDate effectiveOn,
                                  RateSource source, String sourceReference) implements Serializable {

    static ExchangeRateRequest empty() {
        return new ExchangeRateRequest(null, null, null, null, null, null);
    }

    RecordExchangeRate toCommand() {
        return new RecordExchangeRate(base, quote, rate, effectiveOn, source, sourceReference);
    }
}
