package org.usrok.fund.web.exchange;

import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.Decimals;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded rate: 1 {@code base} = {@code rate} {@code quote} (a decimal string); {@code id} is what a conversion names. */
public record ExchangeRateResponse(long id, CurrencyCode base, CurrencyCode quote, String rate, LocalDate effectiveOn,
                                   RateSource source, String sourceReference, String enteredBy, Instant enteredAt) implements Serializable {

    static ExchangeRateResponse of(ExchangeRateSummary r) {
        return new ExchangeRateResponse(r.id(), r.base(), r.quote(), Decimals.plain(r.rate()), r.effectiveOn(),
                r.source(), r.sourceReference(), r.enteredBy(), r.enteredAt());
    }
}
