package org.usrok.fund.ledger.bundle;

import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of {@code exchange-rates.csv}: a recorded rate (1 {@code base} = {@code rate}
 * {@code quote}) as the fund holds it, with its source and who entered it. The rate is kept
 * without trailing zeros, the one spelling the file and the rate's name use; a missing source
 * reference is null (empty in the file).
 */
public record BundleExchangeRate(long id, CurrencyCode base, CurrencyCode quote, BigDecimal rate,
                                 LocalDate effectiveOn, RateSource source, String sourceReference, String enteredBy,
                                 Instant enteredAt) implements Serializable {

    public BundleExchangeRate {
        if (id <= 0) {
            throw new IllegalArgumentException("A rate id is positive: " + id);
        }
        rate = new ExchangeRate(base, quote, rate).rate().stripTrailingZeros();
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(enteredBy, "enteredBy");
        enteredAt = Objects.requireNonNull(enteredAt, "enteredAt").truncatedTo(ChronoUnit.MICROS);
        if (sourceReference != null && sourceReference.isEmpty()) {
            sourceReference = null;
        }
    }

    /**
     * The name a certificate cites this rate by, exactly as the application builds it when an
     * allocation uses the rate: {@code exchange-rate:<id> <base>/<quote> <rate> <source> <effective on>},
     * e.g. {@code exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20}.
     */
    public String citedName() {
        return name(id, base + "/" + quote, rate, source, effectiveOn);
    }

    /** The name of rate {@code id} of {@code pair} (like {@code USD/KRW}), the rate without trailing zeros. */
    static String name(long id, String pair, BigDecimal rate, RateSource source, LocalDate effectiveOn) {
        return "exchange-rate:" + id + " " + pair + " " + rate.stripTrailingZeros().toPlainString() + " " + source
                + " " + effectiveOn;
    }
}
