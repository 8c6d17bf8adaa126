package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.AccountTotals;

/**
 * One account with its totals as decimal strings in the account's currency (2 decimals for USD,
 * none for KRW): the sum of debit lines, the sum of credit lines, and debits minus credits.
 */
public record AccountTotalsResponse(String account, String nameEn, String nameKo, String kind, String currency,
                                    String debits, String credits, String balance) {

    static AccountTotalsResponse of(AccountTotals t) {
        return new AccountTotalsResponse(t.account().code(), t.account().nameEn(), t.account().nameKo(),
                t.account().kind().name(), t.account().currency().name(), t.debits().amount().toPlainString(),
                t.credits().amount().toPlainString(), t.balance().amount().toPlainString());
    }
}
