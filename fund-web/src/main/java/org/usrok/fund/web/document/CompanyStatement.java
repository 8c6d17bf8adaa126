package org.usrok.fund.web.document;

import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a company's statement states: its payments (as the company sees them) and its approved
 * recoveries with their receipts, and per currency what was paid (confirmed by the bank), what is
 * sent and not yet confirmed, what came back (returned or rejected by the bank), what was
 * recovered, what is still owed back, and the net: paid and sent, less recovered.
 */
public record CompanyStatement(CompanyDetails company, List<CompanyPayment> payments,
                               List<RecoveryDetails> recoveries) implements Serializable {

    public CompanyStatement {
        payments = List.copyOf(payments);
        recoveries = List.copyOf(recoveries);
    }

    /** One currency's totals. */
    public record Totals(CurrencyCode currency, Money paid, Money sent, Money returned, Money recovered,
                         Money outstanding) implements Serializable {

        static Totals zero(CurrencyCode currency) {
            Money zero = Money.zero(currency);
            return new Totals(currency, zero, zero, zero, zero, zero);
        }

        /** Paid and sent, less what was recovered: what the company keeps. */
        public Money net() {
            return paid.plus(sent).minus(recovered);
        }
    }

    /** Per currency, USD first; a currency appears when a payment or recovery is in it. */
    public List<Totals> totals() {
        Map<CurrencyCode, Totals> totals = new EnumMap<>(CurrencyCode.class);
        for (CompanyPayment p : payments) {
            Totals t = totals.computeIfAbsent(p.amount().currency(), Totals::zero);
            Money a = p.amount();
            totals.put(a.currency(), switch (p.status()) {
                case PAID -> new Totals(t.currency(), t.paid().plus(a), t.sent(), t.returned(), t.recovered(),
                        t.outstanding());
                case RELEASED -> new Totals(t.currency(), t.paid(), t.sent().plus(a), t.returned(), t.recovered(),
                        t.outstanding());
                case RETURNED, REJECTED -> new Totals(t.currency(), t.paid(), t.sent(), t.returned().plus(a),
                        t.recovered(), t.outstanding());
                default -> t;
            });
        }
        for (RecoveryDetails r : recoveries) {
            Totals t = totals.computeIfAbsent(r.amount().currency(), Totals::zero);
            totals.put(t.currency(), new Totals(t.currency(), t.paid(), t.sent(), t.returned(),
                    t.recovered().plus(r.recovered()), t.outstanding().plus(r.outstanding())));
        }
        return List.copyOf(totals.values());
    }
}
