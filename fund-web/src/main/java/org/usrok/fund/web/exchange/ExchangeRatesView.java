package org.usrok.fund.web.exchange;

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
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.exchange.RecordExchangeRate;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.api.Decimals;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange-rates page: the recorded rates (lazy, newest effective date first, filtered by
 * pair) for officers and auditors, and the form with which an officer records a published rate.
 */
@Named
@ViewScoped
public class ExchangeRatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rateForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("base", "quote", "rate", "effectiveOn", "source",
            "sourceReference"), Set.of());
    /** The pairs a filter offers, written {@code USD/KRW}. */
    private static final List<String> PAIRS = List.of("USD/KRW", "KRW/USD");

    @Inject
    ExchangeRateService rates;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private final RateTable table = new RateTable();
    private boolean officer;
    private CurrencyCode base = CurrencyCode.USD;
    private CurrencyCode quote = CurrencyCode.KRW;
    private BigDecimal rate;
    private LocalDate effectiveOn;
    private RateSource source;
    private String sourceReference;
    private String pairFilter;

    @PostConstruct
    void init() {
        officer = currentActor.get().isOfficer();
    }

    /** Only officers record rates; auditors read them. */
    public boolean isOfficer() {
        return officer;
    }

    public void record() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ExchangeRateSummary recorded = rates.record(new RecordExchangeRate(base, quote, rate, effectiveOn, source,
                    sourceReference));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.exchangeRate.recorded",
                    recorded.base() + "/" + recorded.quote(), Decimals.plain(recorded.rate()),
                    recorded.effectiveOn().toString(), recorded.id());
            rate = null;
            effectiveOn = null;
            sourceReference = null;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
    }

    /** The rate as entered, without trailing zeros ({@code 1385.2}). */
    public String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    public LazyDataModel<ExchangeRateSummary> getTable() {
        return table;
    }

    public List<String> getPairs() {
        return PAIRS;
    }

    public CurrencyCode[] getCurrencies() {
        return CurrencyCode.values();
    }

    public RateSource[] getSources() {
        return RateSource.values();
    }

    public CurrencyCode getBase() {
        return base;
    }

    public void setBase(CurrencyCode base) {
        this.base = base;
    }

    public CurrencyCode getQuote() {
        return quote;
    }

    public void setQuote(CurrencyCode quote) {
        this.quote = quote;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public RateSource getSource() {
        return source;
    }

    public void setSource(RateSource source) {
        this.source = source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public void setSourceReference(String sourceReference) {
        this.sourceReference = sourceReference;
    }

    /** The chosen pair filter as base and quote, both null for every pair. */
    private CurrencyCode[] pair() {
        if (pairFilter == null || !PAIRS.contains(pairFilter)) {
            return new CurrencyCode[2];
        }
        String[] codes = pairFilter.split("/");
        return new CurrencyCode[] {CurrencyCode.valueOf(codes[0]), CurrencyCode.valueOf(codes[1])};
    }

    /** After a new filter the table starts again at its first page. */
    public void filter() {
        LazyTables.showFirstPage(FacesContext.getCurrentInstance(), "ratesForm:rates");
    }

    public String getPairFilter() {
        return pairFilter;
    }

    public void setPairFilter(String pairFilter) {
        this.pairFilter = pairFilter;
    }

    /** Pages and filters in the database through the service. */
    private final class RateTable extends LazyDataModel<ExchangeRateSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            CurrencyCode[] pair = pair();
            return Math.toIntExact(rates.list(pair[0], pair[1], null, null, new PageRequest(0, 1)).total());
        }

        @Override
        public List<ExchangeRateSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            CurrencyCode[] pair = pair();
            var page = rates.list(pair[0], pair[1], null, null, LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(ExchangeRateSummary rate) {
            return String.valueOf(rate.id());
        }
    }
}
