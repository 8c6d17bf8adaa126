package org.usrok.fund.web.claim;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.application.ApplicationQuery;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplicationSummary;
import org.usrok.fund.claim.ClaimQuery;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.ClaimSummary;
import org.usrok.fund.shared.PageRequest;

import java.io.Serializable;
import java.util.List;

/** A company's claims page: its approved applications (to claim under) and its claims. */
@Named
@ViewScoped
public class ClaimsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    ApplicationService applications;

    private List<ApplicationSummary> approved;
    private List<ClaimSummary> own;
    private ClaimStatus status;
    private boolean withoutEvidence;

    @PostConstruct
    void load() {
        approved = applications.list(new ApplicationQuery(null, ApplicationStatus.APPROVED, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        own = claims.list(ClaimQuery.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /**
     * Narrows the company's claims to one status ({@code ?status=}) or to the editable ones without
     * evidence ({@code ?withoutEvidence=true}): the home page's links.
     */
    public void applyFilter() {
        if (withoutEvidence) {
            own = claims.list(ClaimQuery.withoutEvidenceOnly(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } else if (status != null) {
            own = claims.list(new ClaimQuery(null, status, null, null), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
    }

    public boolean isWithoutEvidence() {
        return withoutEvidence;
    }

    public void setWithoutEvidence(boolean withoutEvidence) {
        this.withoutEvidence = withoutEvidence;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public List<ApplicationSummary> getApproved() {
        return approved;
    }

    public List<ClaimSummary> getClaims() {
        return own;
    }
}
