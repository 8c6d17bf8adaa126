package org.usrok.fund.ledger;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A trial balance, one section per currency (USD and KRW are never added together): each
 * account's balance in the debit or the credit column, and the column totals. Because every
 * entry balances per currency, the two columns of a section are equal, i.e. the balances net to
 * zero; a section where they differ means the stored journal or the totals are wrong.
 */
public record TrialBalance(List<Section> sections) implements Serializable {

    public TrialBalance {
        sections = List.copyOf(sections);
    }

    /** One currency's accounts, their debit and credit balance totals, and whether these are equal. */
    public record Section(CurrencyCode currency, List<Row> rows, Money debitBalances, Money creditBalances) implements Serializable {

        public Section {
            rows = List.copyOf(rows);
        }

        /** Debit balances minus credit balances: zero when the section balances. */
        public Money net() {
            return debitBalances.minus(creditBalances);
        }

        public boolean netsToZero() {
            return net().isZero();
        }
    }

    /**
     * One account's balance in its column: a debit balance in {@code debit}, a credit balance
     * (as a positive amount) in {@code credit}, the other column null; both null for a zero balance.
     */
    public record Row(LedgerAccountSummary account, Money debit, Money credit) implements Serializable {

        static Row of(AccountTotals totals) {
            Money balance = totals.balance();
            if (balance.isZero()) {
                return new Row(totals.account(), null, null);
            }
            return balance.isNegative()
                    ? new Row(totals.account(), null, Money.zero(balance.currency()).minus(balance))
                    : new Row(totals.account(), balance, null);
        }
    }

    /** Sections in currency order, each account in the order given (the chart's order). */
    public static TrialBalance of(List<AccountTotals> totals) {
        Map<CurrencyCode, List<AccountTotals>> byCurrency = new EnumMap<>(CurrencyCode.class);
        for (AccountTotals t : totals) {
            byCurrency.computeIfAbsent(t.account().currency(), c -> new ArrayList<>()).add(t);
        }
        List<Section> sections = new ArrayList<>();
        byCurrency.forEach((currency, accounts) -> {
            List<Row> rows = accounts.stream().map(Row::of).toList();
            Money debit = Money.zero(currency);
            Money credit = Money.zero(currency);
            for (Row row : rows) {
                debit = row.debit() == null ? debit : debit.plus(row.debit());
                credit = row.credit() == null ? credit : credit.plus(row.credit());
            }
            sections.add(new Section(currency, rows, debit, credit));
        });
        return new TrialBalance(sections);
    }

    /** True when every currency's section nets to zero. */
    public boolean netsToZero() {
        return sections.stream().allMatch(Section::netsToZero);
    }
}
