package org.usrok.fund.exchange;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded rate, identified so that every conversion can name it. */
public record ExchangeRateSummary(long id, CurrencyCode base, CurrencyCode quote, BigDecimal rate,
                                  LocalDate effectiveOn, RateSource source, String sourceReference,
                                  String enteredBy, Instant enteredAt) implements Serializable {

    static ExchangeRateSummary of(ExchangeRateRecord r) {
        ExchangeRate rate = r.toRate();
        return new ExchangeRateSummary(r.getId(), rate.base(), rate.quote(), rate.rate(), r.getEffectiveOn(),
                r.getSource(), r.getSourceReference(), r.getEnteredBy(), r.getEnteredAt());
    }

    public ExchangeRate toRate() {
        return new ExchangeRate(base, quote, rate);
    }
}
