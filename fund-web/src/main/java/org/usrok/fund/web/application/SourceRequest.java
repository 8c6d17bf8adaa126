package org.usrok.fund.web.application;

import org.usrok.fund.application.SourceInput;

import java.io.Serializable;
import java.math.BigDecimal;

/** A supply source of a plan: ISO country code, supplier, share of supply in percent. */
public record SourceRequest(String country, String supplier, BigDecimal sharePercent) implements Serializable {

    SourceInput toInput() {
        return new SourceInput(country, supplier, sharePercent);
    }
}
