package org.usrok.fund.web.disbursement;

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
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.BatchSummary;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.disbursement.RoundPayables;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A round's disbursements: its committed shares per currency (committed, in payments, unpaid), the
 * "prepare a batch" form for officers (currency, optionally some of the companies still owed), the
 * companies a preparation left out and why, and the round's batches (lazy, filtered by status).
 * Without {@code ?round=} it lists the allocated rounds to choose from. Auditors and administrators
 * read. The service decides; its refusals show beside the field they name.
 */
@Named
@ViewScoped
public class DisbursementsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "prepareForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("currency", "companyIds"), Set.of());

    @Inject
    DisbursementService disbursements;

    @Inject
    TableExports exports;

    @Inject
    RoundService rounds;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long roundId;
    private CountryCode government;
    private RoundDetails round;
    private RoundPayables payables;
    private List<RoundDetails> allocatedRounds;
    private BatchDetails prepared;
    private final BatchTable batches = new BatchTable();

    private CurrencyCode currency;
    private List<Long> companyIds = new ArrayList<>();

    /** View action: the round named by {@code ?round=} and what it still owes. */
    public void load() {
        Actor actor = currentActor.get();
        government = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        if (government != null) {
            currency = government == CountryCode.US ? CurrencyCode.USD : CurrencyCode.KRW;
        }
        if (roundId == null) {
            return;
        }
        try {
            round = rounds.get(roundId);
            payables = disbursements.payables(roundId);
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    /** Prepares a batch of the chosen currency (all companies still owed, or those chosen). */
    public void prepare() {
        FacesContext faces = FacesContext.getCurrentInstance();
        prepared = null;
        if (currency == null) {
            Messages.field(faces, FORM + ":currency", "disbursement.currency.required");
            return;
        }
        List<Long> chosen = companyIds == null || companyIds.isEmpty() ? null : List.copyOf(companyIds);
        try {
            prepared = disbursements.prepare(new PrepareBatch(roundId, currency, chosen));
            companyIds = new ArrayList<>();
            payables = disbursements.payables(roundId);
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.disbursement.prepared", prepared.id(),
                    prepared.paymentCount());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    /**
     * Officers of either government prepare (the service lets each pay only its own currency)
     * while something is unpaid; otherwise the page says why nothing can be paid.
     */
    public boolean isCanPrepare() {
        return government != null && round != null && round.status() == RoundStatus.ALLOCATED
                && payables != null && payables.nothingToPay() == null;
    }

    /** Why nothing can be paid in the round now (the service's reason), or {@code null}. */
    public RoundPayables.NothingToPay getNothingToPay() {
        return payables == null ? null : payables.nothingToPay();
    }

    /** The companies still owed in the chosen currency, for the multi-select. */
    public List<RoundPayables.CompanyUnpaid> getCompanies() {
        if (payables == null || currency == null) {
            return List.of();
        }
        return payables.currencies().stream().filter(c -> c.currency() == currency).findFirst()
                .map(RoundPayables.CurrencyPayables::companies).orElse(List.of());
    }

    /** Rounds whose allocation is committed, when the page is opened without a round. */
    public List<RoundDetails> getAllocatedRounds() {
        if (allocatedRounds == null) {
            allocatedRounds = roundId != null ? List.of()
                    : rounds.list(RoundStatus.ALLOCATED, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return allocatedRounds;
    }

    public CurrencyCode[] getCurrencies() {
        return CurrencyCode.values();
    }

    public BatchStatus[] getStatuses() {
        return BatchStatus.values();
    }

    public RoundDetails getRound() {
        return round;
    }

    public RoundPayables getPayables() {
        return payables;
    }

    public BatchDetails getPrepared() {
        return prepared;
    }

    public LazyDataModel<BatchSummary> getBatches() {
        return batches;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public void setCurrency(CurrencyCode currency) {
        this.currency = currency;
    }

    public List<Long> getCompanyIds() {
        return companyIds;
    }

    public void setCompanyIds(List<Long> companyIds) {
        this.companyIds = companyIds == null ? new ArrayList<>() : new ArrayList<>(companyIds);
    }

    /** Every batch of the round in the table's current status filter (not just the page shown), as CSV or XLSX. */
    public StreamedContent export(String format) {
        Long round = roundId;
        BatchStatus status = batches.shown;
        return exports.download("disbursement-batches-round-" + round, format, rows -> exports.<BatchSummary>columns()
                .number("batch.number", BatchSummary::id)
                .text("round.name", BatchSummary::roundNameEn)
                .label("batch.status", "batchStatus.", BatchSummary::status)
                .number("batch.transactions", BatchSummary::paymentCount)
                .money("batch.total", BatchSummary::total)
                .text("batch.prepared", BatchSummary::preparedBy)
                .instant("export.col.preparedAt", BatchSummary::preparedAt)
                .text("batch.released", BatchSummary::releasedBy)
                .instant("export.col.releasedAt", BatchSummary::releasedAt)
                .number("batch.ledgerEntry", BatchSummary::ledgerSequence)
                .of(rows), () -> round == null ? List.of() : disbursements.listAll(round, status));
    }

    /** Pages and filters the round's batches in the database, newest first. */
    private final class BatchTable extends LazyDataModel<BatchSummary> {

        private static final long serialVersionUID = 1L;

        /** The status filter the table was last loaded with, which its export repeats. */
        private BatchStatus shown;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (roundId == null) {
                return 0;
            }
            return Math.toIntExact(disbursements.list(roundId,
                    LazyTables.enumFilter(filterBy, "status", BatchStatus.class), new PageRequest(0, 1)).total());
        }

        @Override
        public List<BatchSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            if (roundId == null) {
                return List.of();
            }
            shown = LazyTables.enumFilter(filterBy, "status", BatchStatus.class);
            var page = disbursements.list(roundId, shown, LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(BatchSummary batch) {
            return String.valueOf(batch.id());
        }
    }
}
