package org.usrok.fund.ledger;

import org.usrok.fund.shared.Money;

import java.io.Serializable;

/** An account's balance: debits minus credits (negative for accounts with a credit balance). */
public record AccountBalance(String account, AccountKind kind, Money debitMinusCredit) implements Serializable {
}
