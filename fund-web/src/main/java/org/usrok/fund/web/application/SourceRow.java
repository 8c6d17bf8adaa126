package org.usrok.fund.web.application;

import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.SourceInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** One editable row of a plan's current or target sources. */
public class SourceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String country;
    private String supplier;
    private BigDecimal sharePercent;

    public SourceRow() {
    }

    static SourceRow of(ApplicationDetails.Source source) {
        SourceRow row = new SourceRow();
        row.country = source.country();
        row.supplier = source.supplier();
        row.sharePercent = source.sharePercent();
        return row;
    }

    SourceInput toInput() {
        return new SourceInput(country == null ? null : country.strip().toUpperCase(Locale.ROOT), supplier,
                sharePercent);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(BigDecimal sharePercent) {
        this.sharePercent = sharePercent;
    }
}
