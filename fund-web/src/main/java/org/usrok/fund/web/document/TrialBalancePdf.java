package org.usrok.fund.web.document;

import org.usrok.fund.ledger.TrialBalance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The trial balance as of a date: per currency, every account's balance in the debit or the credit
 * column, the column totals, and whether they agree (USD and KRW are never added together).
 */
public final class TrialBalancePdf {

    private TrialBalancePdf() {
    }

    public static byte[] render(TrialBalance balance, LocalDate asOf, DocumentText t, Instant generatedAt) {
        DocumentLayout doc = new DocumentLayout(t, t.label("document.trialBalance.title"),
                t.label("document.trialBalance.reference", t.date(asOf)), generatedAt);
        doc.facts(t.label("document.asOf"), t.date(asOf),
                t.label("document.generated"), t.instant(generatedAt));
        doc.note(t.label("document.trialBalance.explained"));
        for (TrialBalance.Section section : balance.sections()) {
            doc.heading(section.currency().name());
            DocumentLayout.Table table = doc.table(new float[] {1.6f, 4f, 2.2f, 2.2f},
                    new boolean[] {false, false, true, true}, t.label("document.account"),
                    t.label("document.accountName"), t.label("document.debit"), t.label("document.credit"));
            for (TrialBalance.Row row : section.rows()) {
                table.row(row.account().code(), t.korean() ? row.account().nameKo() : row.account().nameEn(),
                        row.debit() == null ? "" : t.money(row.debit()), row.credit() == null ? "" : t.money(row.credit()));
            }
            table.total(t.label("document.total", section.currency().name()), "", t.money(section.debitBalances()),
                    t.money(section.creditBalances()));
            table.add();
            doc.paragraph(section.netsToZero() ? t.label("document.trialBalance.balances", section.currency().name())
                    : t.label("document.trialBalance.difference", section.currency().name(), t.money(section.net())));
        }
        if (balance.sections().isEmpty()) {
            doc.paragraph(t.label("document.none"));
        }
        return doc.finish();
    }
}
