package org.usrok.fund.web.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.ledger.ChainVerification;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.JournalQuery;
import org.usrok.fund.ledger.LedgerAccountSummary;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.bundle.BundleManifest;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The journal for auditors and officers (read-only): a lazy table of entries, newest first,
 * filtered in the database by sequence range, effective-date range, account, reference text and
 * event id; the in-app chain verification; and the export bundle as a download in the signed-in
 * session, built completely before the response starts so a failure is a message, not a broken
 * file.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ZIP = "application/zip";
    static final String TABLE = "journalForm:journal";

    @Inject
    LedgerService ledger;

    @Inject
    VerifierJar verifierJar;

    @Inject
    TableExports exports;

    private final JournalTable table = new JournalTable();
    private List<LedgerAccountSummary> chart;
    private JournalQuery query = JournalQuery.all();
    private ChainVerification verification;
    private Long fromSequence;
    private Long toSequence;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private String account;
    private String reference;
    private String eventId;

    @PostConstruct
    void init() {
        chart = ledger.chart();
    }

    /** Applies the filters; a range that ends before it starts is refused rather than shown as empty. */
    public void search() {
        JournalQuery next = new JournalQuery(fromSequence, toSequence, effectiveFrom, effectiveTo, account, reference,
                eventId);
        if (next.reversedRange()) {
            Messages.field(FacesContext.getCurrentInstance(), "journalFilter:toSequence", "ledger.rangeReversed");
            return;
        }
        query = next;
        LazyTables.showFirstPage(FacesContext.getCurrentInstance(), TABLE);
    }

    public void reset() {
        fromSequence = null;
        toSequence = null;
        effectiveFrom = null;
        effectiveTo = null;
        account = null;
        reference = null;
        eventId = null;
        query = JournalQuery.all();
        LazyTables.showFirstPage(FacesContext.getCurrentInstance(), TABLE);
    }

    /** Recomputes the whole chain now, as the offline verifier would, and checks it against the signed checkpoints. */
    public void verifyChain() {
        verification = ledger.verifyChain();
    }

    /** The export bundle, named as the API names it ({@code fund-ledger-<yyyyMMddTHHmmssZ>.zip}). */
    public StreamedContent getBundle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        BundleManifest manifest = ledger.exportBundle(out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(manifest.fileName()).contentType(ZIP)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The offline verifier this server offers (null if it was built without one): its version and SHA-256 are shown beside the download. */
    public VerifierJar.Jar getVerifier() {
        return verifierJar.find().orElse(null);
    }

    /** The verifier's jar, named {@code fund-ledger-verifier-<version>.jar}. */
    public StreamedContent getVerifierDownload() {
        VerifierJar.Jar jar = verifierJar.get();
        return DefaultStreamedContent.builder().name(jar.fileName()).contentType(VerifierJar.MEDIA_TYPE)
                .contentLength(jar.size()).stream(() -> new ByteArrayInputStream(jar.bytes())).build();
    }

    public LazyDataModel<JournalEntryRecord> getTable() {
        return table;
    }

    public List<LedgerAccountSummary> getChart() {
        return chart;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    /**
     * Every entry of the current filter (not just the page shown), one row per line, as CSV or
     * XLSX; the service records the export in the audit trail, like the bundle's.
     */
    public StreamedContent export(String format) {
        JournalQuery filter = query;
        return exports.download("journal", format, rows -> exports.<JournalRow>columns()
                .number("ledger.sequence", r -> r.entry().sequence())
                .date("ledger.effectiveDate", r -> r.entry().effectiveDate())
                .instant("ledger.recordedAt", r -> r.entry().recordedAt())
                .text("ledger.reference", r -> r.entry().reference())
                .text("ledger.description", r -> r.entry().description())
                .text("ledger.eventId", r -> r.entry().eventId())
                .text("ledger.actor", r -> r.entry().actor())
                .number("export.col.reverses", r -> r.entry().reverses())
                .text("ledger.account", r -> r.line().account())
                .label("export.col.side", "export.side.", r -> r.line().side())
                .money("export.col.amount", r -> r.line().amount())
                .text("ledger.hash", r -> r.entry().hash())
                .of(rows), () -> ledger.exportJournal(filter).stream()
                .flatMap(e -> e.lines().stream().map(l -> new JournalRow(e, l))).toList());
    }

    /** One line of an entry, a row of the journal's export. */
    private record JournalRow(JournalEntryRecord entry, JournalLine line) implements Serializable {
    }

    /** Pages through the matching entries in the database, newest first. */
    private final class JournalTable extends LazyDataModel<JournalEntryRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(ledger.journal(query, new PageRequest(0, 1)).total());
        }

        @Override
        public List<JournalEntryRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            var page = ledger.journal(query, new PageRequest(first / size, size));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(JournalEntryRecord entry) {
            return String.valueOf(entry.sequence());
        }
    }

    public Long getFromSequence() {
        return fromSequence;
    }

    public void setFromSequence(Long fromSequence) {
        this.fromSequence = fromSequence;
    }

    public Long getToSequence() {
        return toSequence;
    }

    public void setToSequence(Long toSequence) {
        this.toSequence = toSequence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }
}
