package org.usrok.fund.web.payout;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.usrok.fund.payout.PayoutAccountQuery;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountStatus;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.payout.RejectPayoutAccount;
import org.usrok.fund.payout.VerifyPayoutAccount;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officers' (and auditors') payout accounts queue: lazy, paged in the database, filtered by
 * status (pending verification to begin with) and company country (the officer's own to begin
 * with); verify and reject on pending, current accounts of the officer's country, passing the
 * version the officer saw.
 */
@Named
@ViewScoped
public class PayoutAccountQueueView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rejectForm";

    @Inject
    PayoutAccountService accounts;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private final AccountTable table = new AccountTable();
    private CountryCode actorCountry;
    private PayoutAccountStatus status = PayoutAccountStatus.PENDING_VERIFICATION;
    private CountryCode country;
    private String companyName;
    private PayoutAccountSummary selected;
    private String rejectionReason;

    @PostConstruct
    void init() {
        var actor = currentActor.get();
        actorCountry = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        country = actorCountry;
    }

    /** Verify and reject are offered only where the service would allow them. */
    public boolean canDecide(PayoutAccountSummary account) {
        return actorCountry != null && account.companyCountry() == actorCountry && account.current()
                && account.status() == PayoutAccountStatus.PENDING_VERIFICATION;
    }

    public void verify(PayoutAccountSummary account) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            accounts.verify(new VerifyPayoutAccount(account.id(), account.version()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "payout.verified", account.companyName(),
                    account.currency().name());
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, Set.of(), e);
        }
    }

    public void prepareRejection(PayoutAccountSummary account) {
        selected = account;
        rejectionReason = null;
    }

    public void reject() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null) {
            return;
        }
        try {
            accounts.reject(new RejectPayoutAccount(selected.id(), selected.version(), rejectionReason));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "payout.rejected", selected.companyName(),
                    selected.currency().name());
            selected = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FORM, Set.of("reason"), e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, Set.of(), e);
        }
    }

    public LazyDataModel<PayoutAccountSummary> getTable() {
        return table;
    }

    public PayoutAccountStatus[] getStatuses() {
        return PayoutAccountStatus.values();
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    public PayoutAccountStatus getStatus() {
        return status;
    }

    public void setStatus(PayoutAccountStatus status) {
        this.status = status;
    }

    public CountryCode getCountry() {
        return country;
    }

    public void setCountry(CountryCode country) {
        this.country = country;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public PayoutAccountSummary getSelected() {
        return selected;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    /** Pages in the database through the service, with the page's status and country filters. */
    private final class AccountTable extends LazyDataModel<PayoutAccountSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(accounts.list(query(), new PageRequest(0, 1)).total());
        }

        @Override
        public List<PayoutAccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            var page = accounts.list(query(), new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(PayoutAccountSummary account) {
            return String.valueOf(account.id());
        }

        @Override
        public PayoutAccountSummary getRowData(String rowKey) {
            for (PayoutAccountSummary account : getWrappedData()) {
                if (String.valueOf(account.id()).equals(rowKey)) {
                    return account;
                }
            }
            return null;
        }

        private PayoutAccountQuery query() {
            return new PayoutAccountQuery(status, country, null, null, companyName);
        }
    }
}
