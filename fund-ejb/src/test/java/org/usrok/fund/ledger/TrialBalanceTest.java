package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrialBalanceTest {

    private static final LedgerAccountSummary CASH_USD = account("1200-USD", AccountKind.ASSET, CurrencyCode.USD);
    private static final LedgerAccountSummary RECEIVABLE_USD = account("1100-USD", AccountKind.ASSET, CurrencyCode.USD);
    private static final LedgerAccountSummary CONTRIBUTIONS_USD = account("3100-USD", AccountKind.NET_ASSETS,
            CurrencyCode.USD);
    private static final LedgerAccountSummary CASH_KRW = account("1200-KRW", AccountKind.ASSET, CurrencyCode.KRW);
    private static final LedgerAccountSummary CONTRIBUTIONS_KRW = account("3110-KRW", AccountKind.NET_ASSETS,
            CurrencyCode.KRW);

    private static LedgerAccountSummary account(String code, AccountKind kind, CurrencyCode currency) {
        return new LedgerAccountSummary(code, code, code, kind, currency);
    }

    @Test
    void totalsKeepTheAccountsCurrencyAndBalanceIsDebitsMinusCredits() {
        AccountTotals totals = AccountTotals.ofMinor(CASH_USD, 150_000, 50_001);

        assertThat(totals.debits()).isEqualTo(Money.of("1500.00", CurrencyCode.USD));
        assertThat(totals.credits()).isEqualTo(Money.of("500.01", CurrencyCode.USD));
        assertThat(totals.balance()).isEqualTo(Money.of("999.99", CurrencyCode.USD));
        assertThat(AccountTotals.ofMinor(CASH_KRW, 0, 1_300_000_000L).balance())
                .isEqualTo(Money.of("-1300000000", CurrencyCode.KRW));
        assertThatThrownBy(() -> new AccountTotals(CASH_KRW, Money.zero(CurrencyCode.USD), Money.zero(CurrencyCode.USD),
                Money.zero(CurrencyCode.USD))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountTotals(CASH_USD, Money.of("1.00", CurrencyCode.USD),
                Money.zero(CurrencyCode.USD), Money.zero(CurrencyCode.USD))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCurrencyIsItsOwnSectionWithDebitAndCreditColumnsThatNetToZero() {
        TrialBalance trial = TrialBalance.of(List.of(
                AccountTotals.ofMinor(RECEIVABLE_USD, 100_000_000, 60_000_000),
                AccountTotals.ofMinor(CASH_USD, 60_000_000, 0),
                AccountTotals.ofMinor(CONTRIBUTIONS_USD, 0, 100_000_000),
                AccountTotals.ofMinor(CASH_KRW, 1_300_000_000L, 0),
                AccountTotals.ofMinor(CONTRIBUTIONS_KRW, 0, 1_300_000_000L)));

        assertThat(trial.sections()).extracting(TrialBalance.Section::currency)
                .containsExactly(CurrencyCode.USD, CurrencyCode.KRW);
        TrialBalance.Section usd = trial.sections().get(0);
        assertThat(usd.rows()).extracting(r -> r.account().code()).containsExactly("1100-USD", "1200-USD", "3100-USD");
        assertThat(usd.rows().get(0).debit()).isEqualTo(Money.of("400000.00", CurrencyCode.USD));
        assertThat(usd.rows().get(0).credit()).isNull();
        assertThat(usd.rows().get(2).debit()).isNull();
        assertThat(usd.rows().get(2).credit()).isEqualTo(Money.of("1000000.00", CurrencyCode.USD));
        assertThat(usd.debitBalances()).isEqualTo(Money.of("1000000.00", CurrencyCode.USD));
        assertThat(usd.creditBalances()).isEqualTo(Money.of("1000000.00", CurrencyCode.USD));
        assertThat(usd.netsToZero()).isTrue();
        assertThat(trial.sections().get(1).debitBalances()).isEqualTo(Money.of("1300000000", CurrencyCode.KRW));
        assertThat(trial.netsToZero()).isTrue();
    }

    @Test
    void aSectionWhoseColumnsDifferIsReportedWithTheDifference() {
        TrialBalance trial = TrialBalance.of(List.of(
                AccountTotals.ofMinor(CASH_USD, 1_001, 0),
                AccountTotals.ofMinor(CONTRIBUTIONS_USD, 0, 1_000)));

        assertThat(trial.netsToZero()).isFalse();
        assertThat(trial.sections().get(0).net()).isEqualTo(Money.of("0.01", CurrencyCode.USD));
    }

    @Test
    void anEmptyLedgerHasNoSectionsAndTriviallyNetsToZero() {
        assertThat(TrialBalance.of(List.of()).sections()).isEmpty();
        TrialBalance untouched = TrialBalance.of(List.of(AccountTotals.ofMinor(CASH_KRW, 0, 0)));
        assertThat(untouched.netsToZero()).isTrue();
        assertThat(untouched.sections().get(0).rows().get(0).debit()).isNull();
        assertThat(untouched.sections().get(0).rows().get(0).credit()).isNull();
    }
}
