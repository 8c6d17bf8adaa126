package org.usrok.fund.ledger;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.Objects;

/**
 * One account's totals over a set of entries (e.g. all entries effective up to a date): the sum
 * of its debit lines, the sum of its credit lines, and the balance, debits minus credits
 * (negative for an account with a credit balance). All three are in the account's currency.
 */
public record AccountTotals(LedgerAccountSummary account, Money debits, Money credits, Money balance) implements Serializable {

    public AccountTotals {
        Objects.requireNonNull(account, "account");
        if (debits.currency() != account.currency() || credits.currency() != account.currency()
                || !balance.equals(debits.minus(credits))) {
            throw new IllegalArgumentException("Totals of " + account.code() + " must be in " + account.currency()
                    + " with balance = debits - credits");
        }
    }

    /** The totals of an account from its debit and credit sums in minor units. */
    public static AccountTotals ofMinor(LedgerAccountSummary account, long debitMinor, long creditMinor) {
        Money debits = Money.ofMinor(debitMinor, account.currency());
        Money credits = Money.ofMinor(creditMinor, account.currency());
        return new AccountTotals(account, debits, credits, debits.minus(credits));
    }
}
