package org.usrok.fund.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.application.ApplicationQuery;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplicationSummary;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.LazyTables;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The officers' (and auditors') application queue: lazy, filtered by round, status and country. */
@Named
@ViewScoped
public class ApplicationQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    private ApplicationStatus status;

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    @Inject
    TableExports exports;

    private final ApplicationTable table = new ApplicationTable();
    private List<RoundDetails> roundOptions;
    private CountryCode ownCountry;

    @PostConstruct
    void init() {
        roundOptions = rounds.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        ownCountry = currentActor.get().roles().stream().flatMap(r -> r.officerCountry().stream())
                .findFirst().orElse(null);
    }

    /** The status filter's starting value ({@code ?status=}, the home page's links). */
    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    /**
     * The country filter's starting value: an officer's own country, since officers act only on
     * their own country's applications (the service's rule); choosing another country or "All" shows the
     * others read-only. Auditors start with every country.
     */
    public CountryCode getOwnCountry() {
        return ownCountry;
    }

    public LazyDataModel<ApplicationSummary> getTable() {
        return table;
    }

    public List<RoundDetails> getRounds() {
        return roundOptions;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    /** Every application of the queue's current filter (not just the page shown), as CSV or XLSX. */
    public StreamedContent export(String format) {
        ApplicationQuery query = table.shown;
        return exports.download("applications-queue", format, rows -> exports.<ApplicationSummary>columns()
                .number("export.col.id", ApplicationSummary::id)
                .text("round.name", ApplicationSummary::roundName)
                .text("export.col.company", ApplicationSummary::companyName)
                .label("company.country", "country.", ApplicationSummary::country)
                .label("application.status", "applicationStatus.", ApplicationSummary::status)
                .instant("application.submittedAt", ApplicationSummary::submittedAt)
                .text("claim.reviewer", ApplicationSummary::reviewer)
                .instant("export.col.updatedAt", ApplicationSummary::updatedAt)
                .of(rows), () -> applications.listAll(query));
    }

    /** Pages and filters in the database through the service. */
    private final class ApplicationTable extends LazyDataModel<ApplicationSummary> {

        private static final long serialVersionUID = 1L;

        /** The filter the table was last loaded with, which its export repeats. */
        private ApplicationQuery shown = ApplicationQuery.all();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(applications.count(query(filterBy)));
        }

        @Override
        public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            shown = query(filterBy);
            return applications.page(shown, LazyTables.page(first, pageSize));
        }

        @Override
        public String getRowKey(ApplicationSummary application) {
            return String.valueOf(application.id());
        }

        private ApplicationQuery query(Map<String, FilterMeta> filterBy) {
            return new ApplicationQuery(LazyTables.longFilter(filterBy, "roundId"),
                    LazyTables.enumFilter(filterBy, "status", ApplicationStatus.class),
                    LazyTables.enumFilter(filterBy, "country", CountryCode.class));
        }
    }
}
