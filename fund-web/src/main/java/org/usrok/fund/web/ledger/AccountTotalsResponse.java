package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/**
 * One account with its totals in the account's currency: the sum of debit lines, the sum of credit
 * lines, and debits minus credits.
 */
public record AccountTotalsResponse(String account, String nameEn, String nameKo, String kind, String currency,
                                    MoneyResponse debits, MoneyResponse credits, MoneyResponse balance) implements Serializable {

    static AccountTotalsResponse of(AccountTotals t) {
        return new AccountTotalsResponse(t.account().code(), t.account().nameEn(), t.account().nameKo(),
                t.account().kind().name(), t.account().currency().name(), MoneyResponse.of(t.debits()),
                MoneyResponse.of(t.credits()), MoneyResponse.of(t.balance()));
    }
}
