package org.usrok.fund.web.claim;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.application.ReviewDecision;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.DecideClaim;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.Money;
import org.usrok.fund.web.portal.MoneyFormat;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An officer's review of one claim: take it under review, set an approved amount for every line
 * (a reason beside each reduced line), complete the review; then a different officer approves or
 * rejects it. When another officer acted first, the page says so and shows the claim as it now is.
 */
@Named
@ViewScoped
public class ClaimReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reviewForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("reason", "lines"), Set.of("lines"));

    @Inject
    ClaimService claims;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long id;
    private Actor actor;
    private ClaimDetails claim;
    private RoundDetails round;
    private List<ReviewRow> rows = new ArrayList<>();
    private List<AuditEntry> history = List.of();
    private String reason;

    public void load() {
        actor = currentActor.get();
        if (id == null) {
            return;
        }
        try {
            show(claims.get(id));
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    private void show(ClaimDetails details) {
        claim = details;
        if (round == null || round.id() != details.roundId()) {
            round = rounds.get(details.roundId());
        }
        rows = new ArrayList<>(details.lines().stream().map(ReviewRow::new).toList());
        history = claims.history(details.id());
    }

    public void startReview() {
        act(() -> claims.startReview(claim.id(), claim.version()), "done.claim.reviewStarted");
    }

    public void completeReview() {
        act(() -> claims.completeReview(new CompleteReview(claim.id(),
                rows.stream().map(ReviewRow::toReview).toList(), claim.version())), "done.claim.reviewCompleted");
    }

    public void approve() {
        decide(ReviewDecision.APPROVE, "done.claim.approved");
    }

    public void reject() {
        decide(ReviewDecision.REJECT, "done.claim.rejected");
    }

    public void returnForCorrection() {
        decide(ReviewDecision.RETURN, "done.claim.returned");
    }

    private void decide(ReviewDecision decision, String doneKey) {
        act(() -> claims.decide(new DecideClaim(claim.id(), decision, reason, claim.version())), doneKey);
    }

    private void act(Supplier<ClaimDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(action.get());
            reason = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, claim.title());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            refreshIfChanged();
        } catch (EJBException e) {
            messages.failure(faces, e);
            refreshIfChanged();
        }
    }

    /** After a refusal: shows the claim as it now is when someone else changed it; keeps the entries otherwise. */
    private void refreshIfChanged() {
        ClaimDetails now = claims.get(claim.id());
        if (now.version() != claim.version()) {
            show(now);
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    /** The approved total as entered so far, over the amounts that are valid. */
    public String getApprovedTotal() {
        if (claim == null) {
            return "";
        }
        Money total = Money.zero(claim.currency());
        for (ReviewRow row : rows) {
            var amount = row.getApprovedAmount();
            if (amount != null && amount.signum() >= 0
                    && amount.stripTrailingZeros().scale() <= claim.currency().minorUnits()) {
                total = total.plus(Money.rounded(amount, claim.currency(), RoundingMode.UNNECESSARY));
            }
        }
        return MoneyFormat.format(total);
    }

    /** Only officers of the claimant's country act on it. */
    public boolean isCanAct() {
        return claim != null && actor.isOfficerOf(claim.country());
    }

    public boolean isCanStartReview() {
        return isCanAct() && claim.status() == ClaimStatus.SUBMITTED;
    }

    /** The officer who took the claim under review sets the amounts, or returns or rejects it. */
    public boolean isReviewing() {
        return isCanAct() && claim.status() == ClaimStatus.IN_REVIEW && actor.username().equals(claim.reviewer());
    }

    /** A reviewed claim is approved or rejected by another officer than its reviewer. */
    public boolean isCanDecide() {
        return isCanAct() && claim.status() == ClaimStatus.REVIEWED && !actor.username().equals(claim.reviewer());
    }

    /** The reviewer of a reviewed claim is told that a colleague must decide it. */
    public boolean isAwaitingColleague() {
        return isCanAct() && claim.status() == ClaimStatus.REVIEWED && actor.username().equals(claim.reviewer());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClaimDetails getClaim() {
        return claim;
    }

    public RoundDetails getRound() {
        return round;
    }

    public List<ReviewRow> getRows() {
        return rows;
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
