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

    @PostConstruct
    void load() {
        approved = applications.list(new ApplicationQuery(null, ApplicationStatus.APPROVED, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        own = claims.list(ClaimQuery.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public List<ApplicationSummary> getApproved() {
        return approved;
    }

    public List<ClaimSummary> getClaims() {
        return own;
    }
}
