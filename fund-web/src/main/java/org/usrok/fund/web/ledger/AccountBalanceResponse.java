package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.AccountBalance;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;

/** One account of the trial balance: its balance, debits minus credits, in the account's currency. */
public record AccountBalanceResponse(String account, String kind, String currency, MoneyResponse balance) implements Serializable {

    static AccountBalanceResponse of(AccountBalance b) {
        return new AccountBalanceResponse(b.account(), b.kind().name(), b.debitMinusCredit().currency().name(),
                MoneyResponse.of(b.debitMinusCredit()));
    }
}
