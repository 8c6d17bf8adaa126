package org.usrok.fund.web.document;

import org.usrok.fund.allocation.PoolSummary;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.allocation.core.AllocationMethod;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A round's allocation report for officers and auditors: the committed scenario's choices and
 * pools, the two governments' approvals, the shares per country and per company, every claim's
 * share, and the digests of the inputs and the certificate.
 */
public final class AllocationReportPdf {

    private AllocationReportPdf() {
    }

    public static byte[] render(AllocationReport report, DocumentText t, Instant generatedAt) {
        ScenarioDetails s = report.scenario();
        DocumentLayout doc = new DocumentLayout(t, t.label("document.allocationReport.title"),
                t.label("document.allocationReport.reference", Long.toString(report.round().id()),
                        Long.toString(s.id())), generatedAt);
        String method = t.label("allocationMethod", s.method())
                + (s.method() == AllocationMethod.EVEN ? " (" + t.label("evenBasis", s.evenBasis()) + ")" : "");
        doc.facts(t.label("document.round"), t.names(report.round().nameEn(), report.round().nameKo())
                        + " (" + report.round().id() + ")",
                t.label("document.scenario"), s.name() + " (" + s.id() + ")",
                t.label("document.method"), method,
                t.label("document.poolMode"), t.label("poolMode", s.poolMode()),
                t.label("document.rate"), t.orNone(s.rateName()),
                t.label("document.companyCap"), s.companyCap() == null ? t.orNone(null) : t.money(s.companyCap()),
                t.label("document.capPercent"), s.capPercentOfPool() == null ? t.orNone(null)
                        : s.capPercentOfPool().stripTrailingZeros().toPlainString() + " %",
                t.label("document.floor"), s.floor() == null ? t.orNone(null) : t.money(s.floor()),
                t.label("document.claimCount"), Integer.toString(s.claimCount()));

        doc.heading(t.label("document.pools"));
        DocumentLayout.Table pools = doc.table(new float[] {2f, 2f, 2f, 2f}, new boolean[] {false, true, true, true},
                t.label("document.pool"), t.label("document.poolAmount"), t.label("document.distributed"),
                t.label("document.leftover"));
        for (PoolSummary p : s.pools()) {
            pools.row(t.label("pool." + p.name()), t.money(p.pool()), t.money(p.distributed()), t.money(p.leftover()));
        }
        pools.add();

        doc.heading(t.label("document.approvals"));
        doc.facts(t.label("document.proposed"), by(s.proposedBy(), s.proposedAt(), t),
                t.label("document.usApproval"), by(s.usApprovedBy(), s.usApprovedAt(), t),
                t.label("document.krApproval"), by(s.krApprovedBy(), s.krApprovedAt(), t),
                t.label("document.committedAt"), t.instant(s.committedAt()),
                t.label("document.ledgerEntry"), t.orNone(s.ledgerSequence()));

        doc.heading(t.label("document.byCountry"));
        DocumentLayout.Table countries = doc.table(new float[] {2f, 1.2f, 1.2f, 2.4f, 2.4f},
                new boolean[] {false, true, true, true, true}, t.label("document.country"),
                t.label("document.companies"), t.label("document.claims"), t.label("document.approved"),
                t.label("document.allocated"));
        report.byCountry().forEach(c -> countries.row(t.label("country." + c.country().name()),
                Integer.toString(c.companies()), Integer.toString(c.claims()), t.money(c.approved()),
                t.money(c.allocated())));
        countries.add();

        doc.heading(t.label("document.byCompany"));
        DocumentLayout.Table companies = doc.table(new float[] {3.4f, 1f, 1f, 2.2f, 2.2f},
                new boolean[] {false, false, true, true, true}, t.label("document.company"),
                t.label("document.country"), t.label("document.claims"), t.label("document.approved"),
                t.label("document.allocated"));
        report.byCompany().forEach(c -> companies.row(c.companyName() + " (" + c.companyId() + ")",
                c.country().name(), Integer.toString(c.claims()), t.money(c.approved()), t.money(c.allocated())));
        companies.add();

        doc.heading(t.label("document.claimShares"));
        DocumentLayout.Table claims = doc.table(new float[] {2.6f, 2.3f, 2.2f, 2.2f, 2f},
                new boolean[] {false, false, true, true, false}, t.label("document.claim"),
                t.label("document.company"), t.label("document.approved"), t.label("document.allocated"),
                t.label("document.computation"));
        for (ShareLine line : report.shares()) {
            claims.row(line.claimTitle() + " (" + line.claimId() + ")", line.companyName(), t.money(line.approved()),
                    t.money(line.share()), t.label("document.quota", line.quota()));
        }
        claims.add();
        doc.paragraph(t.label("document.distributedTotal", s.distributed().stream().map(t::money)
                .collect(Collectors.joining(", "))));

        doc.heading(t.label("document.certificate"));
        doc.facts(t.label("document.inputsDigest"), s.inputsDigest(),
                t.label("document.certificateDigest"), s.certificateDigest());
        doc.note(t.label("document.certificateExplained"));
        return doc.finish();
    }

    private static String by(String who, Instant when, DocumentText t) {
        return who == null ? t.orNone(null) : who + ", " + t.instant(when);
    }
}
