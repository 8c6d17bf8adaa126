package org.usrok.fund.web.application;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.DecideApplication;
import org.usrok.fund.application.EligibilityCheck;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An officer's review of one application: the plan, evidence, eligibility screen and history;
 * start the review, then approve, reject or return it (a reason for the last two). When another
 * officer acted first, the page says so and shows the application as it now is.
 */
@Named
@ViewScoped
public class ApplicationReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reviewForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("reason"), Set.of());

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long id;
    private Actor actor;
    private ApplicationDetails application;
    private RoundDetails round;
    private List<EligibilityCheck> checks = List.of();
    private List<AuditEntry> history = List.of();
    private String reason;

    public void load() {
        actor = currentActor.get();
        if (id == null) {
            return;
        }
        try {
            show(applications.get(id));
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    private void show(ApplicationDetails details) {
        application = details;
        round = rounds.get(details.roundId());
        checks = applications.eligibility(details.id());
        history = applications.history(details.id());
    }

    public void startReview() {
        act(() -> applications.startReview(application.id(), application.version()), "done.application.reviewStarted");
    }

    public void approve() {
        decide(ReviewDecision.APPROVE, "done.application.approved");
    }

    public void reject() {
        decide(ReviewDecision.REJECT, "done.application.rejected");
    }

    public void returnForCorrection() {
        decide(ReviewDecision.RETURN, "done.application.returned");
    }

    private void decide(ReviewDecision decision, String doneKey) {
        act(() -> applications.decide(new DecideApplication(application.id(), decision, reason, application.version())),
                doneKey);
    }

    private void act(Supplier<ApplicationDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(action.get());
            reason = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, application.companyName());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            refreshIfChanged(faces);
        } catch (EJBException e) {
            messages.failure(faces, e);
            refreshIfChanged(faces);
        }
    }

    /** After a refusal: shows the application as it now is when someone else changed it. */
    private void refreshIfChanged(FacesContext faces) {
        ApplicationDetails now = applications.get(application.id());
        if (now.version() != application.version()) {
            show(now);
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    /** Only officers of the applicant's country act on it. */
    public boolean isCanAct() {
        return application != null && actor.isOfficerOf(application.country());
    }

    public boolean isCanStartReview() {
        return isCanAct() && application.status() == ApplicationStatus.SUBMITTED;
    }

    public boolean isCanDecide() {
        return isCanAct() && application.status() == ApplicationStatus.UNDER_REVIEW;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public RoundDetails getRound() {
        return round;
    }

    public List<EligibilityCheck> getChecks() {
        return checks;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
