package org.usrok.fund.web.document;

import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.AwardLetter;
import org.usrok.fund.allocation.CompanyAllocation;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A company's award letter for one committed allocation: the round, the scenario's method and pool
 * mode, both governments' approvals, the claims with their approved and allocated amounts and how
 * each was computed (exact quota, rounding adjustment, cap or floor), the totals per currency and
 * the certificate's digest.
 */
public final class AwardLetterPdf {

    private AwardLetterPdf() {
    }

    public static byte[] render(AwardLetter letter, DocumentText t, Instant generatedAt) {
        DocumentLayout doc = new DocumentLayout(t, t.label("document.awardLetter.title"),
                t.label("document.awardLetter.reference", Long.toString(letter.scenarioId()),
                        Long.toString(letter.companyId())), generatedAt);
        doc.paragraph(t.label("document.awardLetter.intro", letter.companyName(),
                t.names(letter.roundNameEn(), letter.roundNameKo())));
        String method = t.label("allocationMethod", letter.method())
                + (letter.method() == AllocationMethod.EVEN ? " (" + t.label("evenBasis", letter.evenBasis()) + ")" : "");
        doc.facts(t.label("document.company"), letter.companyName() + " (" + letter.companyId() + ")",
                t.label("document.round"), t.names(letter.roundNameEn(), letter.roundNameKo()),
                t.label("document.scenario"), letter.scenarioName() + " (" + letter.scenarioId() + ")",
                t.label("document.method"), method,
                t.label("document.poolMode"), t.label("poolMode", letter.poolMode()),
                t.label("document.rate"), t.orNone(letter.rateName()),
                t.label("document.usApproval"), t.instant(letter.usApprovedAt()),
                t.label("document.krApproval"), t.instant(letter.krApprovedAt()),
                t.label("document.committedAt"), t.instant(letter.committedAt()));

        doc.heading(t.label("document.awardLetter.shares"));
        DocumentLayout.Table shares = doc.table(new float[] {2.4f, 2.2f, 2.2f, 2.2f, 2.2f},
                new boolean[] {false, true, true, true, false},
                t.label("document.claim"), t.label("document.approved"), t.label("document.inPoolCurrency"),
                t.label("document.allocated"), t.label("document.computation"));
        Map<CurrencyCode, Money[]> totals = new EnumMap<>(CurrencyCode.class);
        for (CompanyAllocation a : letter.shares()) {
            shares.row(a.claimTitle() + " (" + a.claimId() + ")", t.money(a.approved()), t.money(a.poolShare()),
                    t.money(a.share()), computation(a, t));
            Money[] sum = totals.computeIfAbsent(a.share().currency(),
                    c -> new Money[] {Money.zero(c), Money.zero(c), Money.zero(c)});
            sum[0] = sum[0].plus(a.approved());
            sum[1] = sum[1].plus(a.share());
            sum[2] = sum[2].plus(a.paid());
        }
        totals.forEach((currency, sum) -> shares.total(t.label("document.total", currency.name()), t.money(sum[0]),
                "", t.money(sum[1]), ""));
        shares.add();
        totals.forEach((currency, sum) -> doc.paragraph(t.label("document.awardLetter.paidSoFar", t.money(sum[2]),
                t.money(sum[1]))));

        doc.heading(t.label("document.howComputed"));
        doc.paragraph(t.label("document.method." + letter.method().name()));
        doc.paragraph(t.label("document.poolMode." + letter.poolMode().name()));
        doc.paragraph(t.label("document.quotaExplained"));

        doc.heading(t.label("document.certificate"));
        doc.facts(t.label("document.certificateDigest"), letter.certificateDigest());
        doc.note(t.label("document.certificateExplained"));
        return doc.finish();
    }

    private static String computation(CompanyAllocation a, DocumentText t) {
        StringBuilder out = new StringBuilder(t.label("document.quota", a.quota()));
        if (a.roundingAdjustment() != 0) {
            out.append('\n').append(t.label("document.roundingAdjustment", Long.toString(a.roundingAdjustment())));
        }
        if (a.capped()) {
            out.append('\n').append(t.label("document.capped"));
        }
        if (a.belowFloor()) {
            out.append('\n').append(t.label("document.belowFloor"));
        }
        return out.toString();
    }
}
