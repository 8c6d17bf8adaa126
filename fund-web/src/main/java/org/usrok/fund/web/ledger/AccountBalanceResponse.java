package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.AccountBalance;

/** One account of the trial balance: debits minus credits, as a decimal string in the account's currency. */
public record AccountBalanceResponse(String account, String kind, String currency, String debitMinusCredit) {

    static AccountBalanceResponse of(AccountBalance b) {
        return new AccountBalanceResponse(b.account(), b.kind().name(), b.debitMinusCredit().currency().name(),
                b.debitMinusCredit().amount().toPlainString());
    }
}
