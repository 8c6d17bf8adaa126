package org.usrok.fund.web.application;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.ApplyToRound;
import org.usrok.fund.application.DiversificationPlan;
import org.usrok.fund.application.EligibilityCheck;
import org.usrok.fund.application.NotEligibleException;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.reference.MaterialSummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.attachment.Uploads;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.LanguageSwitch;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A company's application: the plan form (apply, or correct a draft or returned application),
 * evidence uploads, the eligibility screen shown before submitting, the submission, and then the
 * status, decision and history. The service enforces every rule.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applicationForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "plan.", Set.of("summary", "startsOn", "endsOn", "materials",
            "currentSources", "targetSources", "roundId"), Set.of("currentSources", "targetSources"));
    static final FieldIds UPLOAD = new FieldIds("uploadForm", "", Set.of("file"), Set.of());

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    @Inject
    ReferenceDataService reference;

    @Inject
    LanguageSwitch language;

    @Inject
    Messages messages;

    private Long id;
    private Long roundId;
    private RoundDetails round;
    private ApplicationDetails application;
    private List<EligibilityCheck> checks = List.of();
    private List<AuditEntry> history = List.of();

    private String summary;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> materials = new ArrayList<>();
    private List<SourceRow> currentSources = new ArrayList<>();
    private List<SourceRow> targetSources = new ArrayList<>();
    private List<MaterialSummary> activeMaterials;

    /** View action: the application {@code ?id=}, or a new one to the round {@code ?round=}. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id != null) {
                show(applications.get(id));
            } else if (roundId != null) {
                round = rounds.get(roundId);
                currentSources.add(new SourceRow());
                targetSources.add(new SourceRow());
            }
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
    }

    private void show(ApplicationDetails details) {
        application = details;
        id = details.id();
        roundId = details.roundId();
        if (round == null || round.id() != details.roundId()) {
            round = rounds.get(details.roundId());
        }
        summary = details.planSummary();
        startsOn = details.planStartsOn();
        endsOn = details.planEndsOn();
        materials = new ArrayList<>(details.materials());
        currentSources = new ArrayList<>(details.currentSources().stream().map(SourceRow::of).toList());
        targetSources = new ArrayList<>(details.targetSources().stream().map(SourceRow::of).toList());
        history = applications.history(details.id());
        checks = isEditable() ? applications.eligibility(details.id()) : List.of();
    }

    /** Starts the application (a draft) or saves the corrected plan. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var plan = new DiversificationPlan(summary, startsOn, endsOn, List.copyOf(materials),
                currentSources.stream().map(SourceRow::toInput).toList(),
                targetSources.stream().map(SourceRow::toInput).toList());
        try {
            boolean created = application == null;
            show(created ? applications.apply(new ApplyToRound(roundId, plan))
                    : applications.revise(application.id(), application.version(), plan));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, created ? "done.application.started" : "done.application.saved");
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
            var stored = applications.attach(application.id(), Uploads.of(event.getFile()));
            show(applications.get(application.id()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.attachment.uploaded", stored.fileName());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, UPLOAD, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, UPLOAD, e);
        }
    }

    public void checkEligibility() {
        checks = applications.eligibility(application.id());
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(applications.submit(application.id(), application.version()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.application.submitted");
        } catch (NotEligibleException e) {
            checks = e.checks();
            messages.rule(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            show(applications.get(application.id()));
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    /** Adds an empty row to the current ({@code "current"}) or target sources. */
    public void addSource(String kind) {
        sources(kind).add(new SourceRow());
    }

    public void removeSource(String kind, SourceRow row) {
        sources(kind).remove(row);
    }

    private List<SourceRow> sources(String kind) {
        return "current".equals(kind) ? currentSources : targetSources;
    }

    /** Active materials for the plan, those the round supports first. */
    public List<SelectItem> getMaterialOptions() {
        List<SelectItem> inRound = new ArrayList<>();
        List<SelectItem> others = new ArrayList<>();
        if (activeMaterials == null) {
            activeMaterials = reference.materials(false);
        }
        for (MaterialSummary m : activeMaterials) {
            var item = new SelectItem(m.code(), (language.isKorean() ? m.nameKo() : m.nameEn()) + " (" + m.code() + ")");
            (round != null && round.materials().contains(m.code()) ? inRound : others).add(item);
        }
        var locale = language.getLocale();
        var first = new SelectItemGroup(LocalizedMessages.label(locale, "application.materials.inRound"));
        first.setSelectItems(inRound);
        var second = new SelectItemGroup(LocalizedMessages.label(locale, "application.materials.other"));
        second.setSelectItems(others);
        return List.of(first, second);
    }

    /** The plan can be written while the application is new, a draft, or returned for correction. */
    public boolean isEditable() {
        return application == null || application.status() == ApplicationStatus.DRAFT
                || application.status() == ApplicationStatus.RETURNED;
    }

    public boolean isEligible() {
        return !checks.isEmpty() && checks.stream().allMatch(EligibilityCheck::passed);
    }

    public boolean isNew() {
        return application == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public RoundDetails getRound() {
        return round;
    }

    public ApplicationDetails getApplication() {
        return application;
    }

    public List<EligibilityCheck> getChecks() {
        return checks;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<String> getMaterials() {
        return materials;
    }

    public void setMaterials(List<String> materials) {
        this.materials = materials == null ? new ArrayList<>() : new ArrayList<>(materials);
    }

    public List<SourceRow> getCurrentSources() {
        return currentSources;
    }

    public List<SourceRow> getTargetSources() {
        return targetSources;
    }
}
