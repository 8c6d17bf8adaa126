package org.usrok.fund.web.document;

import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryReceiptSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * A company's statement: per currency what the fund paid it, what came back and what it repaid,
 * then every payment and every approved recovery with its receipts.
 */
public final class CompanyStatementPdf {

    private CompanyStatementPdf() {
    }

    public static byte[] render(CompanyStatement statement, DocumentText t, Instant generatedAt) {
        var company = statement.company();
        DocumentLayout doc = new DocumentLayout(t, t.label("document.statement.title"),
                t.label("document.statement.reference", Long.toString(company.id()),
                        t.date(LocalDate.ofInstant(generatedAt, ZoneOffset.UTC))), generatedAt);
        doc.facts(t.label("document.company"), company.legalName() + " (" + company.id() + ")",
                t.label("document.country"), t.label("country." + company.country().name()),
                t.label("document.asOf"), t.instant(generatedAt));

        doc.heading(t.label("document.statement.summary"));
        var perCurrency = statement.totals();
        float[] widths = new float[perCurrency.size() + 1];
        boolean[] amounts = new boolean[widths.length];
        String[] headers = new String[widths.length];
        widths[0] = 2.4f;
        headers[0] = "";
        for (int i = 0; i < perCurrency.size(); i++) {
            widths[i + 1] = 2.2f;
            amounts[i + 1] = true;
            headers[i + 1] = perCurrency.get(i).currency().name();
        }
        DocumentLayout.Table totals = doc.table(widths, amounts, headers);
        totals.row(row(t.label("document.paid"), perCurrency, x -> t.money(x.paid())));
        totals.row(row(t.label("document.sent"), perCurrency, x -> t.money(x.sent())));
        totals.row(row(t.label("document.returned"), perCurrency, x -> t.money(x.returned())));
        totals.row(row(t.label("document.recovered"), perCurrency, x -> t.money(x.recovered())));
        totals.row(row(t.label("document.owedBack"), perCurrency, x -> t.money(x.outstanding())));
        totals.total(row(t.label("document.net"), perCurrency, x -> t.money(x.net())));
        totals.add();
        doc.note(t.label("document.statement.explained"));

        doc.heading(t.label("document.payments"));
        if (statement.payments().isEmpty()) {
            doc.paragraph(t.label("document.none"));
        } else {
            DocumentLayout.Table payments = doc.table(new float[] {2f, 2.4f, 2.2f, 1.8f, 2.2f, 1.6f},
                    new boolean[] {false, false, false, false, true, false}, t.label("document.released"),
                    t.label("document.round"), t.label("document.reference"), t.label("document.status"),
                    t.label("document.amount"), t.label("document.bankDate"));
            for (CompanyPayment p : statement.payments()) {
                payments.row(t.instant(p.releasedAt()), t.names(p.roundNameEn(), p.roundNameKo()), p.endToEndId(),
                        t.label("paymentStatus", p.status()) + (p.statusReason() == null ? "" : "\n" + p.statusReason()),
                        t.money(p.amount()), t.date(p.statusDate()));
            }
            payments.add();
        }

        doc.heading(t.label("document.recoveries"));
        if (statement.recoveries().isEmpty()) {
            doc.paragraph(t.label("document.none"));
        }
        for (RecoveryDetails r : statement.recoveries()) {
            doc.facts(t.label("document.recovery"), r.id() + " \u2013 " + t.label("recoveryStatus", r.status()),
                    t.label("document.round"), r.roundId() == null ? t.orNone(null) : t.names(r.roundNameEn(), r.roundNameKo()),
                    t.label("document.reason"), r.reason(),
                    t.label("document.recoveryAmount"), t.money(r.amount()),
                    t.label("document.recovered"), t.money(r.recovered()),
                    t.label("document.owedBack"), t.money(r.outstanding()));
            if (!r.receipts().isEmpty()) {
                DocumentLayout.Table receipts = doc.table(new float[] {1f, 2f, 2.4f, 2f},
                        new boolean[] {true, false, false, true}, "#", t.label("document.receivedOn"),
                        t.label("document.bankReference"), t.label("document.amount"));
                for (RecoveryReceiptSummary x : r.receipts()) {
                    receipts.row(Integer.toString(x.number()), t.date(x.receivedOn()), x.bankReference(),
                            t.money(x.amount()));
                }
                receipts.add();
            }
        }
        return doc.finish();
    }

    private static String[] row(String label, List<CompanyStatement.Totals> perCurrency,
                                Function<CompanyStatement.Totals, String> amount) {
        String[] cells = new String[perCurrency.size() + 1];
        cells[0] = label;
        for (int i = 0; i < perCurrency.size(); i++) {
            cells[i + 1] = amount.apply(perCurrency.get(i));
        }
        return cells;
    }
}
