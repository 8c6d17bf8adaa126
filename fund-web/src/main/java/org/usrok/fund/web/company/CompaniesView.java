package org.usrok.fund.web.company;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.company.CompanyQuery;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.CompanySummary;
import org.usrok.fund.company.RejectCompany;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The officers' (and auditors') companies table: lazy, sorted and filtered in the database, with
 * verify and reject actions on pending companies of the officer's own country.
 */
@Named
@ViewScoped
public class CompaniesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rejectForm";

    @Inject
    CompanyService companies;

    @Inject
    TableExports exports;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private final CompanyTable table = new CompanyTable();
    private CountryCode actorCountry;
    private boolean officer;
    private CompanySummary selected;
    private String rejectionReason;

    @jakarta.annotation.PostConstruct
    void init() {
        var actor = currentActor.get();
        officer = actor.isOfficer();
        actorCountry = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
    }

    /** Verify and reject are offered only where the service would allow them. */
    public boolean canDecide(CompanySummary company) {
        return officer && company.status() == CompanyStatus.PENDING && company.country() == actorCountry;
    }

    public void verify(CompanySummary company) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            companies.verify(new VerifyCompany(company.id(), company.version()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "companies.verified", company.legalName());
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, Set.of(), e);
        }
    }

    public void prepareRejection(CompanySummary company) {
        selected = company;
        rejectionReason = null;
    }

    public void reject() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null) {
            return;
        }
        try {
            companies.reject(new RejectCompany(selected.id(), selected.version(), rejectionReason));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "companies.rejected", selected.legalName());
            selected = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FORM, Set.of("reason"), e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, Set.of(), e);
        }
    }

    public LazyDataModel<CompanySummary> getTable() {
        return table;
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    public CompanyStatus[] getStatuses() {
        return CompanyStatus.values();
    }

    public CompanySummary getSelected() {
        return selected;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    /** Every company of the table's current filter and order (not just the page shown), as CSV or XLSX. */
    public StreamedContent export(String format) {
        CompanyQuery query = table.shown;
        return exports.download("companies", format, rows -> exports.<CompanySummary>columns()
                .number("export.col.id", CompanySummary::id)
                .text("company.legalName", CompanySummary::legalName)
                .label("company.country", "country.", CompanySummary::country)
                .text("company.ein", CompanySummary::ein)
                .text("company.uei", CompanySummary::uei)
                .text("company.brn", CompanySummary::brn)
                .label("export.col.sector", "sector.", CompanySummary::industrySector)
                .label("company.status", "status.", CompanySummary::status)
                .instant("company.registeredAt", CompanySummary::registeredAt)
                .of(rows), () -> companies.listAll(query));
    }

    /** Pages, sorts and filters in the database through the service. */
    private final class CompanyTable extends LazyDataModel<CompanySummary> {

        private static final long serialVersionUID = 1L;

        /** The filter and order the table was last loaded with, which its export repeats. */
        private CompanyQuery shown = CompanyQuery.all();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(companies.list(query(Map.of(), filterBy), new PageRequest(0, 1)).total());
        }

        @Override
        public List<CompanySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            shown = query(sortBy, filterBy);
            var page = companies.list(shown, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(CompanySummary company) {
            return String.valueOf(company.id());
        }

        @Override
        public CompanySummary getRowData(String rowKey) {
            for (CompanySummary company : getWrappedData()) {
                if (String.valueOf(company.id()).equals(rowKey)) {
                    return company;
                }
            }
            return null;
        }

        private CompanyQuery query(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            CompanyQuery.SortField sortField = CompanyQuery.SortField.REGISTERED_AT;
            boolean descending = true;
            for (SortMeta sort : sortBy.values()) {
                sortField = switch (sort.getField()) {
                    case "legalName" -> CompanyQuery.SortField.LEGAL_NAME;
                    case "country" -> CompanyQuery.SortField.COUNTRY;
                    case "status" -> CompanyQuery.SortField.STATUS;
                    default -> CompanyQuery.SortField.REGISTERED_AT;
                };
                descending = sort.getOrder() == SortOrder.DESCENDING;
            }
            return new CompanyQuery(filter(filterBy, "country", CountryCode.class),
                    filter(filterBy, "status", CompanyStatus.class), text(filterBy, "legalName"), sortField, descending);
        }

        private static String text(Map<String, FilterMeta> filterBy, String field) {
            FilterMeta meta = filterBy.get(field);
            return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
        }

        private static <E extends Enum<E>> E filter(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
            FilterMeta meta = filterBy.get(field);
            if (meta == null || meta.getFilterValue() == null || meta.getFilterValue().toString().isBlank()) {
                return null;
            }
            Object value = meta.getFilterValue();
            return type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString());
        }
    }
}
