package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.util.Objects;

/** An account of the chart as the bundle lists it: code, (English) name, kind and its one currency. */
public record BundleAccount(String code, String name, AccountKind kind, CurrencyCode currency) implements Serializable {

    public BundleAccount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
    }
}
