package org.usrok.fund.web.recovery;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.company.CompanyQuery;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.CompanySummary;
import org.usrok.fund.recovery.OpenRecovery;
import org.usrok.fund.recovery.RecordRecoveryReceipt;
import org.usrok.fund.recovery.RecoverableAmount;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryQuery;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.recovery.RecoverySummary;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;
import org.usrok.fund.web.portal.MoneyFormat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The officers' recoveries page: the list (lazy, filtered by status and company), the form with
 * which an officer opens a recovery from a company of their country (with what can still be
 * recovered from it), and one recovery's details ({@code ?id=}) with approve, reject and withdraw
 * and the receipt form where the service would allow them. Auditors and administrators read it.
 */
@Named
@ViewScoped
public class RecoveriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String OPEN_FORM = "openForm";
    static final String DETAILS_FORM = "recoveryForm";
    static final FieldIds OPEN_FIELDS = new FieldIds(OPEN_FORM, "", Set.of("companyId", "currency", "amount",
            "reason", "roundId"), Set.of());
    static final FieldIds DETAILS_FIELDS = new FieldIds(DETAILS_FORM, "", Set.of("amount", "receivedOn",
            "bankReference", "reason"), Set.of());

    @Inject
    RecoveryService recoveries;

    @Inject
    TableExports exports;

    @Inject
    CompanyService companies;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private final RecoveryTable table = new RecoveryTable();
    private Long id;
    private String username;
    private CountryCode country;
    private RecoveryDetails recovery;
    private List<CompanySummary> ownCompanies;
    private RecoveryStatus statusFilter;
    private Long companyFilter;
    private Long companyId;
    private CurrencyCode currency;
    private BigDecimal amount;
    private String reason;
    private Long roundId;
    private RecoverableAmount recoverable;
    private BigDecimal receiptAmount;
    private LocalDate receivedOn;
    private String bankReference;
    private String decisionReason;

    public void load() {
        Actor actor = currentActor.get();
        username = actor.username();
        country = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        if (country != null) {
            currency = country.currency();
        }
        if (id != null) {
            try {
                recovery = recoveries.get(id);
            } catch (BusinessRuleException e) {
                messages.rule(FacesContext.getCurrentInstance(), DETAILS_FIELDS, e);
            }
        }
    }

    /** Only officers open recoveries, for companies of their own country. */
    public boolean isOfficer() {
        return country != null;
    }

    /** The verified companies of the officer's country, by name, for the opening form. */
    public List<CompanySummary> getOwnCompanies() {
        if (ownCompanies == null) {
            ownCompanies = country == null ? List.of() : companies.list(new CompanyQuery(country,
                    CompanyStatus.VERIFIED, null, CompanyQuery.SortField.LEGAL_NAME, false),
                    new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return ownCompanies;
    }

    /** Shows what can still be recovered once a company and a currency are chosen. */
    public void updateRecoverable() {
        recoverable = null;
        if (companyId != null && currency != null) {
            try {
                recoverable = recoveries.recoverable(companyId, currency);
            } catch (BusinessRuleException e) {
                messages.rule(FacesContext.getCurrentInstance(), OPEN_FIELDS, e);
            }
        }
    }

    /** Opens the recovery and shows it on this page (a full request, so its details appear). */
    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            RecoveryDetails opened = recoveries.open(new OpenRecovery(companyId, currency, amount, reason, roundId));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.recovery.opened", opened.id(),
                    MoneyFormat.format(opened.amount()), opened.companyName());
            id = opened.id();
            recovery = opened;
            amount = null;
            reason = null;
            roundId = null;
            recoverable = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, OPEN_FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, OPEN_FIELDS, e);
        }
    }

    public void approve() {
        act(() -> recoveries.approve(recovery.id(), recovery.version()), "done.recovery.approved");
    }

    public void reject() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (decisionReason == null || decisionReason.isBlank()) {
            Messages.field(faces, DETAILS_FORM + ":reason", "recovery.reason.required");
            return;
        }
        act(() -> recoveries.reject(recovery.id(), recovery.version(), decisionReason), "done.recovery.rejected");
    }

    public void withdraw() {
        act(() -> recoveries.withdraw(recovery.id(), recovery.version(), decisionReason), "done.recovery.withdrawn");
    }

    public void recordReceipt() {
        act(() -> recoveries.recordReceipt(new RecordRecoveryReceipt(recovery.id(), receiptAmount, receivedOn,
                bankReference)), "done.recovery.receipt");
    }

    private void act(Supplier<RecoveryDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            recovery = action.get();
            decisionReason = null;
            receiptAmount = null;
            receivedOn = null;
            bankReference = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, recovery.id(),
                    MoneyFormat.format(recovery.outstanding()));
        } catch (ConstraintViolationException e) {
            messages.violations(faces, DETAILS_FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, DETAILS_FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** After a refusal: shows the recovery as it now is when someone else changed it. */
    private void reload() {
        RecoveryDetails now = recoveries.get(recovery.id());
        if (now.version() != recovery.version()) {
            recovery = now;
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    /** The officer acts on recoveries of their own country only; others' are read-only. */
    public boolean isCanAct() {
        return recovery != null && country == recovery.country();
    }

    public boolean isCanDecide() {
        return isCanAct() && recovery.status() == RecoveryStatus.OPENED && !username.equals(recovery.openedBy());
    }

    public boolean isCanWithdraw() {
        return isCanAct() && recovery.status() == RecoveryStatus.OPENED && username.equals(recovery.openedBy());
    }

    public boolean isCanRecordReceipt() {
        return isCanAct() && recovery.status().receivable();
    }

    /** After a new filter the table starts again at its first page. */
    public void filter() {
        LazyTables.showFirstPage(FacesContext.getCurrentInstance(), "recoveriesForm:recoveries");
    }

    public LazyDataModel<RecoverySummary> getTable() {
        return table;
    }

    public RecoveryStatus[] getStatuses() {
        return RecoveryStatus.values();
    }

    public CurrencyCode[] getCurrencies() {
        return CurrencyCode.values();
    }

    public RecoveryDetails getRecovery() {
        return recovery;
    }

    public RecoverableAmount getRecoverable() {
        return recoverable;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RecoveryStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(RecoveryStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Long getCompanyFilter() {
        return companyFilter;
    }

    public void setCompanyFilter(Long companyFilter) {
        this.companyFilter = companyFilter;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public void setCurrency(CurrencyCode currency) {
        this.currency = currency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public BigDecimal getReceiptAmount() {
        return receiptAmount;
    }

    public void setReceiptAmount(BigDecimal receiptAmount) {
        this.receiptAmount = receiptAmount;
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

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    /** Every recovery of the current filter (not just the page shown), as CSV or XLSX. */
    public StreamedContent export(String format) {
        RecoveryQuery query = new RecoveryQuery(statusFilter, companyFilter);
        return exports.download("recoveries", format, rows -> exports.<RecoverySummary>columns()
                .number("recovery.id", RecoverySummary::id)
                .text("recovery.company", RecoverySummary::companyName)
                .label("company.country", "country.", RecoverySummary::country)
                .number("recovery.roundId", RecoverySummary::roundId)
                .money("recovery.amount", RecoverySummary::amount)
                .money("recovery.recovered", RecoverySummary::recovered)
                .money("recovery.outstanding", RecoverySummary::outstanding)
                .label("recovery.status", "recoveryStatus.", RecoverySummary::status)
                .text("recovery.reason", RecoverySummary::reason)
                .text("recovery.openedBy", RecoverySummary::openedBy)
                .instant("export.col.openedAt", RecoverySummary::openedAt)
                .of(rows), () -> recoveries.listAll(query));
    }

    /** Pages and filters in the database through the service. */
    private final class RecoveryTable extends LazyDataModel<RecoverySummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(recoveries.list(query(), new PageRequest(0, 1)).total());
        }

        @Override
        public List<RecoverySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            var page = recoveries.list(query(), LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        private RecoveryQuery query() {
            return new RecoveryQuery(statusFilter, companyFilter);
        }

        @Override
        public String getRowKey(RecoverySummary r) {
            return String.valueOf(r.id());
        }
    }
}
