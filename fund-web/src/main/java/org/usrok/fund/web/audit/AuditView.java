package org.usrok.fund.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditFilterValues;
import org.usrok.fund.audit.AuditOutcome;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;
import org.usrok.fund.web.portal.ViewerZone;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail browser (auditors, officers and administrators; read-only): filters by actor,
 * entity, action, outcome (changes or refused attempts) and a time range in the viewer's zone, a lazy table newest first, and each record's before and
 * after snapshots side by side. The filters apply on "Search", so a half-typed value never
 * queries the trail; a page opened with {@code ?entityType=&entityId=} (e.g. from a journal
 * entry) starts filtered.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "auditForm:records";

    @Inject
    AuditTrail audit;

    @Inject
    TableExports exports;

    @Inject
    ViewerZone viewerZone;

    private final AuditTable table = new AuditTable();
    private final Map<Long, StateComparison> comparisons = new HashMap<>();
    private AuditFilterValues choices;
    private AuditQuery query = AuditQuery.all();
    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private AuditOutcome outcome;
    private LocalDateTime from;
    private LocalDateTime to;

    @PostConstruct
    void init() {
        choices = audit.filterValues();
    }

    /** Applies the filters; times are read in the viewer's zone, the one the table shows. A reversed range is refused. */
    public void search() {
        Instant since = from == null ? null : from.atZone(viewerZone.get()).toInstant();
        Instant until = to == null ? null : to.atZone(viewerZone.get()).toInstant();
        if (since != null && until != null && !since.isBefore(until)) {
            Messages.field(FacesContext.getCurrentInstance(), "auditFilter:to", "audit.rangeReversed");
            return;
        }
        query = new AuditQuery(actor, entityType, entityId, action, since, until, outcome);
        comparisons.clear();
        LazyTables.showFirstPage(FacesContext.getCurrentInstance(), TABLE);
    }

    public void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        action = null;
        outcome = null;
        from = null;
        to = null;
        search();
    }

    /** The record's snapshots side by side, computed once per record while the page is open. */
    public StateComparison comparison(AuditEntry entry) {
        return comparisons.computeIfAbsent(entry.id(), id -> StateComparison.of(entry.before(), entry.after()));
    }

    public LazyDataModel<AuditEntry> getTable() {
        return table;
    }

    public List<String> getActions() {
        return choices.actions();
    }

    /** The action's label in the page's language, or the code itself when it has none. */
    public String actionLabel(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return AuditActionLabels.label(locale, code);
    }

    /** The entity type's label in the page's language ({@code DiversificationClaim} → "Claim"). */
    public String entityTypeLabel(String type) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        return AuditActionLabels.entityType(locale, type);
    }

    /** The outcomes to filter on; none selected means changes and refusals alike. */
    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public List<String> getEntityTypes() {
        return choices.entityTypes();
    }

    /**
     * Every record of the current search (not just the page shown), as CSV or XLSX; the export is
     * itself recorded in the trail (by the service).
     */
    public StreamedContent export(String format) {
        AuditQuery filter = query;
        return exports.download("audit-trail", format, rows -> exports.<AuditEntry>columns()
                .number("export.col.id", AuditEntry::id)
                .instant("export.col.occurredAt", AuditEntry::occurredAt)
                .text("export.col.actor", AuditEntry::actor)
                .text("export.col.action", e -> AuditActionLabels.label(exports.locale(), e.action()))
                .text("export.col.actionCode", AuditEntry::action)
                .text("export.col.entityType", e -> AuditActionLabels.entityType(exports.locale(), e.entityType()))
                .text("export.col.entityTypeCode", AuditEntry::entityType)
                .text("export.col.entityId", AuditEntry::entityId)
                .text("export.col.outcome", AuditEntry::outcome)
                .text("export.col.refusalRule", AuditEntry::refusalRule)
                .text("export.col.refusalMessage", AuditEntry::refusalMessage)
                .text("export.col.before", AuditEntry::before)
                .text("export.col.after", AuditEntry::after)
                .of(rows), () -> audit.exportSearch(filter));
    }

    /** Pages through the matching records in the database, newest first. */
    private final class AuditTable extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(audit.search(query, new PageRequest(0, 1)).total());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            var page = audit.search(query, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            for (AuditEntry entry : getWrappedData()) {
                if (String.valueOf(entry.id()).equals(rowKey)) {
                    return entry;
                }
            }
            return null;
        }
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
