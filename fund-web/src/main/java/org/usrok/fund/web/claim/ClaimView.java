package org.usrok.fund.web.claim;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.claim.FileClaim;
import org.usrok.fund.claim.ReviseClaim;
import org.usrok.fund.reference.CostCategorySummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.web.attachment.Uploads;
import org.usrok.fund.web.portal.MoneyFormat;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A company's claim under its approved application: the cost lines (added and removed freely,
 * price-differential amounts computed live by the fund's rule, a live total), evidence uploads,
 * submission, and afterwards the approved amount per line with the reasons for reductions and
 * the history.
 */
@Named
@ViewScoped
public class ClaimView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "claimForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("title", "lines", "applicationId"), Set.of("lines"));
    static final FieldIds UPLOAD = new FieldIds("uploadForm", "", Set.of("file"), Set.of());

    @Inject
    ClaimService claims;

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    @Inject
    ReferenceDataService reference;

    @Inject
    Messages messages;

    private Long id;
    private Long applicationId;
    private ApplicationDetails application;
    private RoundDetails round;
    private ClaimDetails claim;
    private List<AuditEntry> history = List.of();
    private Map<String, Boolean> computedCategories = Map.of();

    private String title;
    private List<ClaimLineForm> lines = new ArrayList<>();

    /** View action: the claim {@code ?id=}, or a new claim under the application {@code ?application=}. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        computedCategories = reference.costCategories(true).stream()
                .collect(Collectors.toMap(CostCategorySummary::code, CostCategorySummary::computedByRule));
        try {
            if (id != null) {
                show(claims.get(id));
            } else if (applicationId != null) {
                application = applications.get(applicationId);
                round = rounds.get(application.roundId());
                lines.add(new ClaimLineForm());
            }
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
    }

    private void show(ClaimDetails details) {
        claim = details;
        id = details.id();
        if (application == null || application.id() != details.applicationId()) {
            application = applications.get(details.applicationId());
            round = rounds.get(application.roundId());
        }
        title = details.title();
        lines = new ArrayList<>(details.lines().stream()
                .map(l -> ClaimLineForm.of(l, isComputed(l.category()))).toList());
        history = claims.history(details.id());
    }

    /** Files the claim (a draft) or saves the corrected lines. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var inputs = lines.stream().map(l -> l.toInput(isComputed(l.getCategory()))).toList();
        try {
            boolean created = claim == null;
            show(created ? claims.file(new FileClaim(application.id(), title, inputs))
                    : claims.revise(claim.id(), claim.version(), new ReviseClaim(title, inputs)));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, created ? "done.claim.filed" : "done.claim.saved");
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var stored = claims.attach(claim.id(), Uploads.of(event.getFile()));
            claim = claims.get(claim.id());
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.attachment.uploaded", stored.fileName());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, UPLOAD, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, UPLOAD, e);
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(claims.submit(claim.id(), claim.version()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.claim.submitted");
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            show(claims.get(claim.id()));
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    public void addLine() {
        lines.add(new ClaimLineForm());
    }

    public void removeLine(ClaimLineForm line) {
        lines.remove(line);
    }

    public boolean isComputed(String category) {
        return category != null && computedCategories.getOrDefault(category, false);
    }

    private CurrencyCode currency() {
        return application.country().currency();
    }

    private BigDecimal eligibleShare() {
        return round.eligibleSharePercent().movePointLeft(2);
    }

    private Optional<Money> amountOf(ClaimLineForm line) {
        return line.amount(isComputed(line.getCategory()), eligibleShare(), currency());
    }

    /** The line's amount as the page shows it: computed live, or the typed amount; a dash while unknown. */
    public String lineAmount(ClaimLineForm line) {
        return amountOf(line).map(MoneyFormat::format).orElse("\u2014");
    }

    public boolean lineNotEligible(ClaimLineForm line) {
        return line.notEligible(isComputed(line.getCategory()), eligibleShare(), currency());
    }

    /** The claim's total over the lines whose amounts are known. */
    public String getTotal() {
        if (application == null) {
            return "";
        }
        Money total = lines.stream().map(this::amountOf).flatMap(Optional::stream)
                .reduce(Money.zero(currency()), Money::plus);
        return MoneyFormat.format(total);
    }

    /** The cost categories the round makes eligible. */
    public List<String> getCategoryOptions() {
        return round == null ? List.of() : round.costCategories();
    }

    public boolean isEditable() {
        return claim == null || claim.status() == ClaimStatus.DRAFT || claim.status() == ClaimStatus.RETURNED;
    }

    public boolean isNew() {
        return claim == null;
    }

    public String getCurrency() {
        return application == null ? "" : currency().name();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public RoundDetails getRound() {
        return round;
    }

    public ClaimDetails getClaim() {
        return claim;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<ClaimLineForm> getLines() {
        return lines;
    }
}
