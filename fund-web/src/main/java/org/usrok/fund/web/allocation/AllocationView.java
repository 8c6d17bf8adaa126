package org.usrok.fund.web.allocation;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.RunScenario;
import org.usrok.fund.allocation.ScenarioComparison;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioSummary;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.contribution.ContributionStatus;
import org.usrok.fund.exchange.ExchangeRateService;
import org.usrok.fund.exchange.ExchangeRateSummary;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A round's allocation workspace: the pools actually received, the "run a scenario" form, the
 * round's scenarios and a side-by-side comparison of two to six of them with one bar chart per
 * currency (USD and KRW shares are never added together). Officers run scenarios; auditors and
 * administrators read. The service decides every rule; its refusals show beside the field.
 */
@Named
@ViewScoped
public class AllocationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "runForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("name", "method", "evenBasis", "poolMode",
            "poolCurrency", "exchangeRateId", "companyCapAmount", "companyCapCurrency", "capPercentOfPool",
            "floorAmount", "floorCurrency"), Set.of());

    @Inject
    AllocationService allocations;

    @Inject
    RoundService rounds;

    @Inject
    ContributionService contributions;

    @Inject
    ExchangeRateService rates;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long roundId;
    private boolean officer;
    private RoundDetails round;
    private List<ContributionStatus> pools = List.of();
    private List<ScenarioSummary> scenarios = List.of();
    private List<ScenarioSummary> selected = new ArrayList<>();
    private List<ExchangeRateSummary> rateOptions;
    private ScenarioComparison comparison;
    private String usdChart;
    private String krwChart;

    private String name;
    private AllocationMethod method = AllocationMethod.PROPORTIONAL;
    private EvenBasis evenBasis = EvenBasis.COMPANY;
    private PoolMode poolMode = PoolMode.PER_COUNTRY;
    private CurrencyCode poolCurrency = CurrencyCode.USD;
    private Long exchangeRateId;
    private BigDecimal companyCapAmount;
    private CurrencyCode companyCapCurrency;
    private BigDecimal capPercentOfPool;
    private BigDecimal floorAmount;
    private CurrencyCode floorCurrency;

    /** View action: the round named by {@code ?round=}, its pools and scenarios. */
    public void load() {
        Actor actor = currentActor.get();
        officer = actor.isOfficerOf(CountryCode.US) || actor.isOfficerOf(CountryCode.KR);
        if (roundId == null) {
            return;
        }
        try {
            round = rounds.get(roundId);
            pools = contributions.status(roundId);
            scenarios = allocations.list(roundId);
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    /** Runs the scenario as entered and lists it first. */
    public void run() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean converts = poolMode != PoolMode.PER_COUNTRY;
        RunScenario command = new RunScenario(roundId, name, method,
                method == AllocationMethod.EVEN ? evenBasis : null, poolMode, converts ? poolCurrency : null,
                converts ? exchangeRateId : null, companyCapAmount, companyCapCurrency, capPercentOfPool,
                floorAmount, floorCurrency);
        try {
            ScenarioDetails simulated = allocations.simulate(command);
            scenarios = allocations.list(roundId);
            name = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.allocation.simulated", simulated.name());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    /** Compares the selected scenarios, in the order they are listed (newest first). */
    public void compare() {
        FacesContext faces = FacesContext.getCurrentInstance();
        comparison = null;
        if (selected == null || selected.size() < 2 || selected.size() > 6) {
            Messages.global(faces, FacesMessage.SEVERITY_ERROR, "allocation.compare.select");
            faces.validationFailed();
            return;
        }
        List<Long> ids = scenarios.stream().map(ScenarioSummary::id)
                .filter(id -> selected.stream().anyMatch(s -> s.id() == id)).toList();
        try {
            comparison = allocations.compare(ids);
            usdChart = ComparisonChart.json(comparison, CountryCode.US);
            krwChart = ComparisonChart.json(comparison, CountryCode.KR);
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
    }

    /** Recorded USD/KRW rates (either direction), newest first, read once per view. */
    public List<ExchangeRateSummary> getRateOptions() {
        if (rateOptions == null) {
            rateOptions = officer ? rates.list(null, null, null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(r -> Set.of(r.base(), r.quote()).equals(Set.of(CurrencyCode.USD, CurrencyCode.KRW)))
                    .toList() : List.of();
        }
        return rateOptions;
    }

    /** Officers run scenarios while the round's claims are closed and it is not yet allocated. */
    public boolean isCanRun() {
        return officer && round != null && round.status() == RoundStatus.CLAIMS_CLOSED;
    }

    public boolean isConverting() {
        return poolMode != PoolMode.PER_COUNTRY;
    }

    public boolean isEven() {
        return method == AllocationMethod.EVEN;
    }

    /** 0 .. n-1 for the comparison's scenario columns. */
    public List<Integer> getColumns() {
        return comparison == null ? List.of() : IntStream.range(0, comparison.scenarios().size()).boxed().toList();
    }

    public AllocationMethod[] getMethods() {
        return AllocationMethod.values();
    }

    public EvenBasis[] getEvenBases() {
        return EvenBasis.values();
    }

    public PoolMode[] getPoolModes() {
        return PoolMode.values();
    }

    public CurrencyCode[] getCurrencies() {
        return CurrencyCode.values();
    }

    public RoundDetails getRound() {
        return round;
    }

    public List<ContributionStatus> getPools() {
        return pools;
    }

    public List<ScenarioSummary> getScenarios() {
        return scenarios;
    }

    public ScenarioComparison getComparison() {
        return comparison;
    }

    public String getUsdChart() {
        return usdChart;
    }

    public String getKrwChart() {
        return krwChart;
    }

    public List<ScenarioSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ScenarioSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AllocationMethod getMethod() {
        return method;
    }

    public void setMethod(AllocationMethod method) {
        this.method = method;
    }

    public EvenBasis getEvenBasis() {
        return evenBasis;
    }

    public void setEvenBasis(EvenBasis evenBasis) {
        this.evenBasis = evenBasis;
    }

    public PoolMode getPoolMode() {
        return poolMode;
    }

    public void setPoolMode(PoolMode poolMode) {
        this.poolMode = poolMode;
    }

    public CurrencyCode getPoolCurrency() {
        return poolCurrency;
    }

    public void setPoolCurrency(CurrencyCode poolCurrency) {
        this.poolCurrency = poolCurrency;
    }

    public Long getExchangeRateId() {
        return exchangeRateId;
    }

    public void setExchangeRateId(Long exchangeRateId) {
        this.exchangeRateId = exchangeRateId;
    }

    public BigDecimal getCompanyCapAmount() {
        return companyCapAmount;
    }

    public void setCompanyCapAmount(BigDecimal companyCapAmount) {
        this.companyCapAmount = companyCapAmount;
    }

    public CurrencyCode getCompanyCapCurrency() {
        return companyCapCurrency;
    }

    public void setCompanyCapCurrency(CurrencyCode companyCapCurrency) {
        this.companyCapCurrency = companyCapCurrency;
    }

    public BigDecimal getCapPercentOfPool() {
        return capPercentOfPool;
    }

    public void setCapPercentOfPool(BigDecimal capPercentOfPool) {
        this.capPercentOfPool = capPercentOfPool;
    }

    public BigDecimal getFloorAmount() {
        return floorAmount;
    }

    public void setFloorAmount(BigDecimal floorAmount) {
        this.floorAmount = floorAmount;
    }

    public CurrencyCode getFloorCurrency() {
        return floorCurrency;
    }

    public void setFloorCurrency(CurrencyCode floorCurrency) {
        this.floorCurrency = floorCurrency;
    }
}
