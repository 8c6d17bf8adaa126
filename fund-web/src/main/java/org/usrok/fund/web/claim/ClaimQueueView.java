package org.usrok.fund.web.claim;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.claim.ClaimQuery;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.ClaimSummary;
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

/** The officers' (and auditors') claim queue: lazy, filtered by round, status, country and overdue. */
@Named
@ViewScoped
public class ClaimQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClaimStatus status;
    private String overdue;

    @Inject
    ClaimService claims;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    @Inject
    TableExports exports;

    private final ClaimTable table = new ClaimTable();
    private List<RoundDetails> roundOptions;
    private CountryCode ownCountry;

    @PostConstruct
    void init() {
        roundOptions = rounds.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        ownCountry = currentActor.get().roles().stream().flatMap(r -> r.officerCountry().stream())
                .findFirst().orElse(null);
    }

    /**
     * The country filter's starting value: an officer's own country, since officers act only on
     * their own country's claims (the service's rule); choosing another country or "All" shows the
     * others read-only. Auditors start with every country.
     */
    public CountryCode getOwnCountry() {
        return ownCountry;
    }

    /** The status filter's starting value ({@code ?status=}, the home page's links). */
    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    /** The overdue filter's starting value ({@code ?overdue=true}). */
    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public LazyDataModel<ClaimSummary> getTable() {
        return table;
    }

    public List<RoundDetails> getRounds() {
        return roundOptions;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public CountryCode[] getCountries() {
        return CountryCode.values();
    }

    /** Every claim of the queue's current filter (not just the page shown), as CSV or XLSX. */
    public StreamedContent export(String format) {
        ClaimQuery query = table.shown;
        return exports.download("claims-queue", format, rows -> exports.<ClaimSummary>columns()
                .number("export.col.id", ClaimSummary::id)
                .text("round.name", ClaimSummary::roundName)
                .text("export.col.company", ClaimSummary::companyName)
                .label("company.country", "country.", ClaimSummary::country)
                .text("claim.title", ClaimSummary::title)
                .label("claim.status", "claimStatus.", ClaimSummary::status)
                .money("claim.claimed", ClaimSummary::claimed)
                .money("claim.approved", ClaimSummary::approved)
                .instant("application.submittedAt", ClaimSummary::submittedAt)
                .text("claim.reviewer", ClaimSummary::reviewer)
                .instant("export.col.overdueSince", ClaimSummary::overdueSince)
                .of(rows), () -> claims.listAll(query));
    }

    /** Pages and filters in the database through the service. */
    private final class ClaimTable extends LazyDataModel<ClaimSummary> {

        private static final long serialVersionUID = 1L;

        /** The filter the table was last loaded with, which its export repeats. */
        private ClaimQuery shown = ClaimQuery.all();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(claims.count(query(filterBy)));
        }

        @Override
        public List<ClaimSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            shown = query(filterBy);
            return claims.page(shown, LazyTables.page(first, pageSize));
        }

        @Override
        public String getRowKey(ClaimSummary claim) {
            return String.valueOf(claim.id());
        }

        private ClaimQuery query(Map<String, FilterMeta> filterBy) {
            return new ClaimQuery(LazyTables.longFilter(filterBy, "roundId"),
                    LazyTables.enumFilter(filterBy, "status", ClaimStatus.class),
                    LazyTables.enumFilter(filterBy, "country", CountryCode.class),
                    LazyTables.booleanFilter(filterBy, "overdueSince"));
        }
    }
}
