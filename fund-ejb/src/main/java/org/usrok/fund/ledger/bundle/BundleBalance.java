package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.Side;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code balances.csv}: an account's debit and credit totals and its balance (debits
 * minus credits, so credit balances are negative). The three are kept as read, not derived, so
 * the verifier can tell which one disagrees with the journal.
 */
public record BundleBalance(String account, CurrencyCode currency, Money debitTotal, Money creditTotal,
                            Money balance) implements Serializable {

    public BundleBalance {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(debitTotal, "debitTotal");
        Objects.requireNonNull(creditTotal, "creditTotal");
        Objects.requireNonNull(balance, "balance");
    }

    /** A row from totals in minor units, the balance computed from them. */
    public static BundleBalance ofMinor(String account, CurrencyCode currency, long debits, long credits) {
        return new BundleBalance(account, currency, Money.ofMinor(debits, currency), Money.ofMinor(credits, currency),
                Money.ofMinor(Math.subtractExact(debits, credits), currency));
    }

    /**
     * The balances of every account of the chart, computed from the journal's lines in the
     * account's own currency: what the application's trial balance must equal. (A line in another
     * currency than its account's is a separate finding of the verifier, never added in.)
     */
    public static List<BundleBalance> fromJournal(List<BundleAccount> accounts, List<JournalEntryRecord> entries) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (JournalEntryRecord entry : entries) {
            for (JournalLine line : entry.lines()) {
                long[] sums = totals.computeIfAbsent(line.account() + " " + line.amount().currency(), k -> new long[2]);
                int side = line.side() == Side.DEBIT ? 0 : 1;
                sums[side] = Math.addExact(sums[side], line.amount().minorUnits());
            }
        }
        List<BundleBalance> balances = new ArrayList<>();
        for (BundleAccount account : accounts) {
            long[] sums = totals.getOrDefault(account.code() + " " + account.currency(), new long[2]);
            balances.add(ofMinor(account.code(), account.currency(), sums[0], sums[1]));
        }
        return balances;
    }
}
