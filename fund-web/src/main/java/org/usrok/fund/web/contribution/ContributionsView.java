package org.usrok.fund.web.contribution;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.ContributionStatus;
import org.usrok.fund.contribution.ReceiptSummary;
import org.usrok.fund.contribution.RecordContributionReceipt;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;
import org.usrok.fund.web.portal.MoneyFormat;
import org.usrok.fund.web.round.RoundView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The Contributions panel of a round page: pledged, received and outstanding per government with
 * the receipts, and the receipt form for an officer (always for the officer's own government,
 * the only one they may record for). Officers, auditors and administrators read it.
 */
@Named
@ViewScoped
public class ContributionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "contributionsForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("amount", "receivedOn", "bankReference"), Set.of());

    @Inject
    ContributionService contributions;

    @Inject
    RoundView roundView;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private List<ContributionStatus> status;
    private CountryCode government;
    private boolean reader;
    private boolean loaded;
    private BigDecimal amount;
    private LocalDate receivedOn;
    private String bankReference;

    private void init() {
        if (loaded) {
            return;
        }
        loaded = true;
        Actor actor = currentActor.get();
        government = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        reader = actor.canReadEverything();
    }

    /** Shown on an existing round to the readers of contributions. */
    public boolean isVisible() {
        init();
        return reader && roundView.getRound() != null;
    }

    /** Pledges are booked once the round opens; until then only the pledged amounts mean anything. */
    public boolean isPledgesBooked() {
        return roundView.getRound() != null && roundView.getRound().status() != RoundStatus.DRAFT;
    }

    /** An officer records receipts of their own government for a round that is no longer a draft. */
    public boolean isCanRecord() {
        init();
        return government != null && isPledgesBooked();
    }

    public List<ContributionStatus> getStatus() {
        if (status == null && isVisible()) {
            status = contributions.status(roundView.getRound().id());
        }
        return status == null ? List.of() : status;
    }

    public CountryCode getGovernment() {
        init();
        return government;
    }

    public void recordReceipt() {
        FacesContext faces = FacesContext.getCurrentInstance();
        RoundDetails round = roundView.getRound();
        try {
            ReceiptSummary receipt = contributions.recordReceipt(new RecordContributionReceipt(round.id(),
                    getGovernment(), amount, receivedOn, bankReference));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.contribution.received",
                    MoneyFormat.format(receipt.amount()), receipt.ledgerSequence());
            amount = null;
            receivedOn = null;
            bankReference = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
        status = null;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }
}
