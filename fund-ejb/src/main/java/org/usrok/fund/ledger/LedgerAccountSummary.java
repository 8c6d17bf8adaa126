package org.usrok.fund.ledger;

import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/** An account of the chart as pages and the API read it: code, English and Korean names, kind and currency. */
public record LedgerAccountSummary(String code, String nameEn, String nameKo, AccountKind kind,
                                   CurrencyCode currency) implements Serializable {

    static LedgerAccountSummary of(LedgerAccount a) {
        return new LedgerAccountSummary(a.getCode(), a.getNameEn(), a.getNameKo(), a.getKind(), a.getCurrency());
    }
}
