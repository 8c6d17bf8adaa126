package org.usrok.fund.it.support;

import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.claim.LineReview;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.RecordContributionReceipt;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.CountryCode;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds rounds ready for allocation through the real services, as fresh users: an open round
 * with contributions received, companies with approved (or only reviewed) claims, and the claim
 * window closed. Only the passing of time is simulated: the round's claim window is moved into
 * the past with plain SQL, as no service may close a window early.
 */
public final class AllocationFixture {

    private final Actors actors;
    private final Workflow flow;
    private final RoundService rounds;
    private final ClaimService claims;
    private final ContributionService contributions;
    private final DataSource dataSource;
    private final Map<Long, Actors.Actor> companyUsers = new HashMap<>();

    public AllocationFixture(Actors actors, Workflow flow, RoundService rounds, ClaimService claims,
                             ContributionService contributions, DataSource dataSource) {
        this.actors = actors;
        this.flow = flow;
        this.rounds = rounds;
        this.claims = claims;
        this.contributions = contributions;
        this.dataSource = dataSource;
    }

    /** An open round (pledges USD 1,000,000.00 and KRW 1,300,000,000) with the given receipts recorded. */
    public RoundDetails openRoundWithReceipts(String usReceived, String krReceived) {
        RoundDetails round = flow.openRound();
        receive(round, CountryCode.US, usReceived);
        receive(round, CountryCode.KR, krReceived);
        return round;
    }

    private void receive(RoundDetails round, CountryCode government, String amount) {
        if (new BigDecimal(amount).signum() > 0) {
            actors.newOfficer(government).call(() -> contributions.recordReceipt(new RecordContributionReceipt(
                    round.id(), government, new BigDecimal(amount), LocalDate.now(), "IT-" + TestData.suffix())));
        }
    }

    /** A new verified company of {@code country} whose one-line claim of {@code amount} is approved in full. */
    public ClaimDetails approvedClaim(RoundDetails round, CountryCode country, String amount) {
        ClaimDetails reviewed = reviewedClaim(round, country, amount);
        return actors.newOfficer(country).call(() -> claims.decide(
                new DecideClaim(reviewed.id(), ReviewDecision.APPROVE, null, null)));
    }

    /** Like {@link #approvedClaim} but left reviewed, awaiting the second officer's decision. */
    public ClaimDetails reviewedClaim(RoundDetails round, CountryCode country, String amount) {
        Workflow.VerifiedCompany company = flow.verifiedCompany(country);
        ApplicationDetails application = flow.approvedApplication(round, company);
        ClaimDetails draft = company.user().call(() -> claims.file(new FileClaim(application.id(),
                "Allocation claim " + TestData.suffix(), List.of(new ClaimLineInput("SUPPLIER_QUALIFICATION",
                "Qualification audit", LocalDate.now().minusDays(40), LocalDate.now().minusDays(39),
                new BigDecimal(amount), null, null, null)))));
        ClaimDetails submitted = company.user().call(() -> claims.submit(draft.id(), null));
        companyUsers.put(submitted.id(), company.user());
        var reviewer = actors.newOfficer(country);
        reviewer.call(() -> claims.startReview(submitted.id(), null));
        return reviewer.call(() -> claims.completeReview(new CompleteReview(submitted.id(),
                List.of(new LineReview(1, new BigDecimal(amount), null)), null)));
    }

    /** The user of the company that filed a claim made here. */
    public Actors.Actor companyUser(ClaimDetails claim) {
        return companyUsers.get(claim.id());
    }

    /** Approves a reviewed claim as another officer of its country. */
    public ClaimDetails approve(ClaimDetails reviewed) {
        return actors.newOfficer(reviewed.country()).call(() -> claims.decide(
                new DecideClaim(reviewed.id(), ReviewDecision.APPROVE, null, null)));
    }

    /** Lets the claim window pass (moved an hour into the past) and has an officer close the round's claims. */
    public RoundDetails closeClaims(RoundDetails round) {
        passClaimWindow("id", round.id());
        return actors.newOfficer(CountryCode.KR).call(() -> rounds.closeClaims(round.id(), null));
    }

    /**
     * Lets the claim window of the round named {@code nameEn} pass (moved an hour into the past), so
     * that an officer can close its claims in the portal: the stand-in for waiting until the window ends.
     */
    public void passClaimWindow(String nameEn) {
        passClaimWindow("name_en", nameEn);
    }

    private void passClaimWindow(String column, Object round) {
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update funding_round set claim_closes_at = ? where " + column + " = ?")) {
            update.setTimestamp(1, Timestamp.from(past));
            update.setObject(2, round);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("round " + round + " not found");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not move the claim window of round " + round, e);
        }
    }
}
