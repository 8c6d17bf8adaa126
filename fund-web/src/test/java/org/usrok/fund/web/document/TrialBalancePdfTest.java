package org.usrok.fund.web.document;

import org.junit.jupiter.api.Test;
import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.LedgerAccountSummary;
import org.usrok.fund.ledger.TrialBalance;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TrialBalancePdfTest {

    private static AccountTotals account(String code, String en, String ko, AccountKind kind, CurrencyCode currency,
                                         String debits, String credits) {
        Money d = Money.of(debits, currency);
        Money c = Money.of(credits, currency);
        return new AccountTotals(new LedgerAccountSummary(code, en, ko, kind, currency), d, c, d.minus(c));
    }

    static TrialBalance balance() {
        return TrialBalance.of(List.of(
                account("1000-USD", "Cash", "현금", AccountKind.ASSET, CurrencyCode.USD, "3000000.00", "2600000.00"),
                account("3000-USD", "Contributions", "출연금", AccountKind.NET_ASSETS, CurrencyCode.USD, "0.00", "3000000.00"),
                account("5000-USD", "Obligations expense", "배분 비용", AccountKind.EXPENSE, CurrencyCode.USD,
                        "2600000.00", "0.00"),
                account("1000-KRW", "Cash", "현금", AccountKind.ASSET, CurrencyCode.KRW, "3900000000", "0"),
                account("3000-KRW", "Contributions", "출연금", AccountKind.NET_ASSETS, CurrencyCode.KRW, "0", "3900000000")));
    }

    @Test
    void statesEachCurrencysBalancesAndTotals() throws IOException {
        PdfText pdf = PdfText.read(TrialBalancePdf.render(balance(), LocalDate.of(2026, 12, 5),
                new DocumentText(Locale.ENGLISH), Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("Trial balance", "December 5, 2026", "1000-USD", "Obligations expense",
                "USD 400,000.00", "USD 2,600,000.00", "USD 3,000,000.00", "Total USD", "KRW 3,900,000,000",
                "The USD debit and credit balances are equal.", "The KRW debit and credit balances are equal.");
        assertThat(pdf.allFontsEmbedded()).isTrue();
    }

    @Test
    void namesTheAccountsInKorean() throws IOException {
        PdfText pdf = PdfText.read(TrialBalancePdf.render(balance(), LocalDate.of(2026, 12, 5),
                new DocumentText(Locale.KOREAN), Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("시산표", "2026년 12월 5일", "현금", "출연금", "배분 비용", "차변", "대변");
    }
}
