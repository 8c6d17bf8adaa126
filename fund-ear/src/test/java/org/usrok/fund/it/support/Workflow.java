package org.usrok.fund.it.support;

import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplyToRound;
import org.usrok.fund.application.DecideApplication;
import org.usrok.fund.application.DiversificationPlan;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.application.SourceInput;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.round.DraftRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.CountryCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Builds the business situations the workflow tests start from, each through the real services
 * as fresh users: an open round, a verified company, an approved application, a submitted claim.
 * Every call creates new data, so tests never share or depend on each other's state.
 */
public final class Workflow {

    private final Actors actors;
    private final RoundService rounds;
    private final CompanyService companies;
    private final ApplicationService applications;
    private final ClaimService claims;

    public Workflow(Actors actors, RoundService rounds, CompanyService companies, ApplicationService applications,
                    ClaimService claims) {
        this.actors = actors;
        this.rounds = rounds;
        this.companies = companies;
        this.applications = applications;
        this.claims = claims;
    }

    /** A company user bound to a company that an officer of its country verified. */
    public record VerifiedCompany(Actors.Actor user, CompanyDetails company) {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Round terms whose windows are open now. */
    public static DraftRound openWindows(String name) {
        return terms(name, now().minusDays(10), now().plusDays(30), now().minusDays(1), now().plusDays(60));
    }

    public static DraftRound terms(String name, OffsetDateTime appOpens, OffsetDateTime appCloses,
                                   OffsetDateTime claimOpens, OffsetDateTime claimCloses) {
        return new DraftRound(name, name + " (KO)", appOpens, appCloses, claimOpens, claimCloses, "Asia/Seoul",
                new BigDecimal("50"), new BigDecimal("1000000.00"), LocalDate.now(), new BigDecimal("1300000000"),
                LocalDate.now(), List.of("LITHIUM", "GRAPHITE"),
                List.of("PRICE_DIFFERENTIAL", "SUPPLIER_QUALIFICATION", "LOGISTICS_REROUTING"));
    }

    /** A round drafted by one U.S. officer and signed off by another U.S. officer and a Korean officer. */
    public RoundDetails openRound(DraftRound terms) {
        var drafter = actors.newOfficer(CountryCode.US);
        RoundDetails draft = drafter.call(() -> rounds.draft(terms));
        actors.newOfficer(CountryCode.US).call(() -> rounds.signOff(draft.id(), null));
        return actors.newOfficer(CountryCode.KR).call(() -> rounds.signOff(draft.id(), null));
    }

    public RoundDetails openRound() {
        return openRound(openWindows("IT round " + TestData.suffix()));
    }

    public VerifiedCompany verifiedCompany(CountryCode country) {
        var user = actors.newCompanyUser(country);
        CompanyDetails registered = user.call(() -> companies.register(
                country == CountryCode.US ? TestData.usCompany() : TestData.krCompany()));
        CompanyDetails verified = actors.newOfficer(country)
                .call(() -> companies.verify(new VerifyCompany(registered.id(), registered.version())));
        return new VerifiedCompany(user, verified);
    }

    public static DiversificationPlan plan(String... materials) {
        return new DiversificationPlan("Move graphite supply away from a single source", LocalDate.now().minusDays(30),
                LocalDate.now().plusYears(2), List.of(materials),
                List.of(new SourceInput("CN", "Single Source Co.", new BigDecimal("90"))),
                List.of(new SourceInput("AU", "Southern Graphite Pty", new BigDecimal("40")),
                        new SourceInput("CA", "Northern Graphite Inc.", new BigDecimal("30"))));
    }

    public ApplicationDetails submittedApplication(RoundDetails round, VerifiedCompany company) {
        ApplicationDetails draft = company.user().call(() ->
                applications.apply(new ApplyToRound(round.id(), plan("GRAPHITE"))));
        return company.user().call(() -> applications.submit(draft.id(), null));
    }

    public ApplicationDetails approvedApplication(RoundDetails round, VerifiedCompany company) {
        ApplicationDetails submitted = submittedApplication(round, company);
        var officer = actors.newOfficer(company.company().country());
        officer.call(() -> applications.startReview(submitted.id(), null));
        return officer.call(() -> applications.decide(
                new DecideApplication(submitted.id(), ReviewDecision.APPROVE, null, null)));
    }

    /** Two lines: a price differential (1000 x 2.50 x 50% = 1,250.00 USD) and a 4,000.00 USD audit. */
    public static List<ClaimLineInput> twoUsdLines() {
        return List.of(
                new ClaimLineInput("PRICE_DIFFERENTIAL", "Graphite from the new source", LocalDate.now().minusDays(40),
                        LocalDate.now().minusDays(10), null, new BigDecimal("10.00"), new BigDecimal("12.50"),
                        new BigDecimal("1000")),
                new ClaimLineInput("SUPPLIER_QUALIFICATION", "Qualification audit", LocalDate.now().minusDays(40),
                        LocalDate.now().minusDays(39), new BigDecimal("4000.00"), null, null, null));
    }

    /** A verified U.S. company's claim with {@link #twoUsdLines()}, submitted in an open round. */
    public ClaimDetails submittedUsClaim() {
        RoundDetails round = openRound();
        VerifiedCompany company = verifiedCompany(CountryCode.US);
        ApplicationDetails application = approvedApplication(round, company);
        ClaimDetails draft = company.user().call(() -> claims.file(
                new FileClaim(application.id(), "Claim " + TestData.suffix(), twoUsdLines())));
        return company.user().call(() -> claims.submit(draft.id(), null));
    }
}
