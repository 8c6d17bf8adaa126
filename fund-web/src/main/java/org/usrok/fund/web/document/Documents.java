package org.usrok.fund.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.AwardLetter;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ScenarioSummary;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.TrialBalance;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds each document from the services' read models and renders it, for the API and the portal
 * alike. Who may read what is decided by the services it calls (a company's own award letter and
 * statement, officers' and auditors' round reports and trial balances), never here.
 */
@ApplicationScoped
public class Documents {

    @Inject
    AllocationService allocations;
    @Inject
    RoundService rounds;
    @Inject
    CompanyService companies;
    @Inject
    DisbursementService disbursements;
    @Inject
    RecoveryService recoveries;
    @Inject
    LedgerService ledger;

    /** The calling company's award letter for a committed scenario it holds shares in. */
    public PdfDocument awardLetter(long scenarioId, Locale locale) {
        AwardLetter letter = allocations.awardLetter(scenarioId);
        return new PdfDocument("award-letter-round-" + letter.roundId() + "-scenario-" + scenarioId + ".pdf",
                AwardLetterPdf.render(letter, new DocumentText(locale), Clock.now()));
    }

    /** A round's allocation report: its committed scenario with every share. */
    public PdfDocument allocationReport(long roundId, Locale locale) {
        RoundDetails round = rounds.get(roundId);
        ScenarioSummary committed = allocations.list(roundId).stream()
                .filter(s -> s.status() == ScenarioStatus.COMMITTED).findFirst()
                .orElseThrow(() -> new EntityNotFoundException("Committed allocation of round", roundId));
        ScenarioDetails scenario = allocations.get(committed.id());
        List<ShareLine> shares = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ShareLine> next = allocations.shares(scenario.id(), new PageRequest(page, PageRequest.MAX_SIZE));
            shares.addAll(next.items());
            if (next.items().isEmpty() || shares.size() >= next.total()) {
                break;
            }
        }
        return new PdfDocument("allocation-report-round-" + roundId + ".pdf", AllocationReportPdf.render(
                new AllocationReport(round, scenario, shares), new DocumentText(locale), Clock.now()));
    }

    /** The calling company's statement: its payments and its approved recoveries. */
    public PdfDocument statement(Locale locale) {
        CompanyDetails company = companies.ownCompany()
                .orElseThrow(() -> new EntityNotFoundException("Company", "of the caller"));
        Instant now = Clock.now();
        return new PdfDocument("statement-company-" + company.id() + "-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".pdf",
                CompanyStatementPdf.render(new CompanyStatement(company, disbursements.myPayments(),
                        recoveries.myRecoveries()), new DocumentText(locale), now));
    }

    /** The trial balance over the entries effective on or before {@code asOf} (today, UTC, when null). */
    public PdfDocument trialBalance(LocalDate asOf, Locale locale) {
        Instant now = Clock.now();
        LocalDate day = asOf == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : asOf;
        return new PdfDocument("trial-balance-" + day + ".pdf", TrialBalancePdf.render(
                TrialBalance.of(ledger.balancesAsOf(day)), day, new DocumentText(locale), now));
    }
}
