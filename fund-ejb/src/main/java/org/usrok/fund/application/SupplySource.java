package org.usrok.fund.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One supplier of a critical material, current or targeted, with its share of the company's supply. */
@Embeddable
public class SupplySource {

    /** Whether the company buys from this source now or plans to. */
    public enum Kind { CURRENT, TARGET }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(name = "share_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    protected SupplySource() {
    }

    SupplySource(Kind kind, String country, String supplier, BigDecimal sharePercent) {
        this.kind = kind;
        this.country = country;
        this.supplier = supplier;
        this.sharePercent = sharePercent;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getSupplier() {
        return supplier;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }
}
