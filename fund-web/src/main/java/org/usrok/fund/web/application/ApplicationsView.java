package org.usrok.fund.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.application.ApplicationQuery;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplicationSummary;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.shared.PageRequest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A company's applications page: the open rounds it can apply to, and its own applications. */
@Named
@ViewScoped
public class ApplicationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    private List<RoundDetails> openRounds;
    private List<ApplicationSummary> own;
    private Set<Long> roundsWithOpenApplication;
    private ApplicationStatus status;
    private boolean withoutEvidence;

    @PostConstruct
    void load() {
        openRounds = rounds.list(RoundStatus.OPEN, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        own = applications.list(ApplicationQuery.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        roundsWithOpenApplication = own.stream().filter(a -> a.status() != ApplicationStatus.REJECTED)
                .map(ApplicationSummary::roundId).collect(Collectors.toSet());
    }

    /** A company has one open (not rejected) application per round. */
    public boolean hasApplied(RoundDetails round) {
        return roundsWithOpenApplication.contains(round.id());
    }

    /** Whether the round's application window is open now. */
    public boolean windowOpen(RoundDetails round) {
        Instant now = Instant.now();
        return !now.isBefore(round.applicationOpensAt()) && now.isBefore(round.applicationClosesAt());
    }

    /** Apply is offered in the application window to a company without an open application there. */
    public boolean canApply(RoundDetails round) {
        return windowOpen(round) && !hasApplied(round);
    }

    /**
     * Narrows the company's applications to one status ({@code ?status=}) or to the editable ones
     * without evidence ({@code ?withoutEvidence=true}): the home page's links.
     */
    public void applyFilter() {
        if (withoutEvidence) {
            own = applications.list(ApplicationQuery.withoutEvidenceOnly(), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items();
        } else if (status != null) {
            own = applications.list(new ApplicationQuery(null, status, null), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
    }

    public boolean isWithoutEvidence() {
        return withoutEvidence;
    }

    public void setWithoutEvidence(boolean withoutEvidence) {
        this.withoutEvidence = withoutEvidence;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public List<RoundDetails> getOpenRounds() {
        return openRounds;
    }

    public List<ApplicationSummary> getApplications() {
        return own;
    }
}
