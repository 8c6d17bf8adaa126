package org.usrok.fund.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One published rate for a pair on a date from a source, as entered; immutable once recorded. */
@Entity
@Immutable
@Table(name = "exchange_rate")
public class ExchangeRateRecord {

    static final String ENTITY = "ExchangeRate";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_seq")
    @SequenceGenerator(name = "exchange_rate_seq", sequenceName = "exchange_rate_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "base_currency", nullable = false, length = 3)
    private CurrencyCode base;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_currency", nullable = false, length = 3)
    private CurrencyCode quote;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RateSource source;

    @Column(name = "source_reference", length = 200)
    private String sourceReference;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected ExchangeRateRecord() {
    }

    ExchangeRateRecord(ExchangeRate rate, LocalDate effectiveOn, RateSource source, String sourceReference,
                       String enteredBy, Instant enteredAt) {
        this.base = rate.base();
        this.quote = rate.quote();
        this.rate = rate.rate();
        this.effectiveOn = effectiveOn;
        this.source = source;
        this.sourceReference = sourceReference;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() {
        return id;
    }

    public ExchangeRate toRate() {
        return new ExchangeRate(base, quote, rate.stripTrailingZeros());
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public RateSource getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
