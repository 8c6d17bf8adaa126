package org.usrok.fund.ledger;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

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
public record TrialBalance(List<Section> sections) {

    public TrialBalance {
        sections = List.copyOf(sections);
    }

    /** One currency's accounts, their debit and credit balance totals, and whether these are equal. */
    public record Section(CurrencyCode currency, List<AccountTotals> accounts, Money debitBalances,
                          Money creditBalances) {

        public Section {
            accounts = List.copyOf(accounts);
        }

        /** Debit balances minus credit balances: zero when the section balances. */
        public Money net() {
            return debitBalances.minus(creditBalances);
        }

        public boolean netsToZero() {
            return net().isZero();
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
            Money debit = Money.zero(currency);
            Money credit = Money.zero(currency);
            for (AccountTotals t : accounts) {
                if (t.balance().isNegative()) {
                    credit = credit.minus(t.balance());
                } else {
                    debit = debit.plus(t.balance());
                }
            }
            sections.add(new Section(currency, accounts, debit, credit));
        });
        return new TrialBalance(sections);
    }

    /** True when every currency's section nets to zero. */
    public boolean netsToZero() {
        return sections.stream().allMatch(Section::netsToZero);
    }
}
