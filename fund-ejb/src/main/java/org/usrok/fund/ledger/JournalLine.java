package org.usrok.fund.ledger;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a journal entry: an amount (always positive) debited or credited to an account.
 * The account code names the account and its currency, e.g. {@code 1200-USD}.
 */
public record JournalLine(String account, Side side, Money amount) implements Serializable {

    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (account.isBlank()) {
            throw new IllegalArgumentException("A journal line names its account");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("A journal line's amount is positive: " + amount);
        }
    }

    public static JournalLine debit(String account, Money amount) {
        return new JournalLine(account, Side.DEBIT, amount);
    }

    public static JournalLine credit(String account, Money amount) {
        return new JournalLine(account, Side.CREDIT, amount);
    }

    /** The same amount on the other side: the line of a reversing entry. */
    public JournalLine reversed() {
        return new JournalLine(account, side.opposite(), amount);
    }

    /** Debits count positive, credits negative, in minor units. */
    public long signedMinorUnits() {
        return side == Side.DEBIT ? amount.minorUnits() : -amount.minorUnits();
    }
}
