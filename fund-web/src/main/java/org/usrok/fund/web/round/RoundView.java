package org.usrok.fund.web.round;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.reference.CostCategorySummary;
import org.usrok.fund.reference.MaterialSummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.DraftRound;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One round: the draft/revise form (window times entered in the round's display zone), the two
 * governments' sign-offs and closing the claims. Actions are offered where the service would allow
 * them; the service decides.
 */
@Named
@ViewScoped
public class RoundView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "roundForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("nameEn", "nameKo", "applicationOpensAt",
            "applicationClosesAt", "claimOpensAt", "claimClosesAt", "displayZone", "eligibleSharePercent",
            "usContribution", "usPledgedOn", "krContribution", "krPledgedOn", "materials", "costCategories"), Set.of());
    private static final String DEFAULT_ZONE = "Asia/Seoul";
    /** UTC, then the region zones (Asia/Seoul, America/New_York, ...) in order. */
    private static final List<String> ZONES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()).toList();

    @Inject
    RoundService rounds;

    @Inject
    ReferenceDataService reference;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long id;
    private RoundDetails round;
    private String username;
    private CountryCode government;

    private String nameEn;
    private String nameKo;
    private LocalDateTime applicationOpensAt;
    private LocalDateTime applicationClosesAt;
    private LocalDateTime claimOpensAt;
    private LocalDateTime claimClosesAt;
    private String displayZone = DEFAULT_ZONE;
    private BigDecimal eligibleSharePercent;
    private BigDecimal usContribution;
    private LocalDate usPledgedOn;
    private BigDecimal krContribution;
    private LocalDate krPledgedOn;
    private List<String> materials = new ArrayList<>();
    private List<String> costCategories = new ArrayList<>();
    private List<MaterialSummary> materialOptions;
    private List<CostCategorySummary> categoryOptions;

    /** View action: the round named by {@code ?id=}, or an empty form for a new draft. */
    public void load() {
        Actor actor = currentActor.get();
        username = actor.username();
        government = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        if (id == null) {
            return;
        }
        try {
            show(rounds.get(id));
        } catch (EntityNotFoundException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    private void show(RoundDetails details) {
        round = details;
        id = details.id();
        nameEn = details.nameEn();
        nameKo = details.nameKo();
        displayZone = details.displayZone();
        ZoneId zone = ZoneId.of(details.displayZone());
        applicationOpensAt = local(details.applicationOpensAt(), zone);
        applicationClosesAt = local(details.applicationClosesAt(), zone);
        claimOpensAt = local(details.claimOpensAt(), zone);
        claimClosesAt = local(details.claimClosesAt(), zone);
        eligibleSharePercent = new BigDecimal(details.eligibleSharePercent().toPlainString());
        usContribution = details.usContribution().amount();
        usPledgedOn = details.usPledgedOn();
        krContribution = details.krContribution().amount();
        krPledgedOn = details.krPledgedOn();
        materials = new ArrayList<>(details.materials());
        costCategories = new ArrayList<>(details.costCategories());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** Drafts a new round, or revises this draft (withdrawing sign-offs already given). */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        DraftRound command = new DraftRound(nameEn, nameKo, offset(applicationOpensAt), offset(applicationClosesAt),
                offset(claimOpensAt), offset(claimClosesAt), displayZone, eligibleSharePercent, usContribution,
                usPledgedOn, krContribution, krPledgedOn, List.copyOf(materials), List.copyOf(costCategories));
        try {
            boolean created = round == null;
            show(created ? rounds.draft(command) : rounds.revise(round.id(), round.version(), command));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, created ? "done.round.drafted" : "done.round.revised", nameEn);
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        } catch (EJBException e) {
            messages.failure(faces, e);
        }
    }

    /** The entered wall-clock time in the round's display zone, as an instant with its offset. */
    private OffsetDateTime offset(LocalDateTime local) {
        if (local == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(displayZone == null ? DEFAULT_ZONE : displayZone.strip());
        } catch (DateTimeException e) {
            zone = ZoneId.of(DEFAULT_ZONE);
        }
        return local.atZone(zone).toOffsetDateTime();
    }

    public void signOff() {
        act(() -> rounds.signOff(round.id(), round.version()), "done.round.signedOff");
    }

    public void closeClaims() {
        act(() -> rounds.closeClaims(round.id(), round.version()), "done.round.claimsClosed");
    }

    private void act(Supplier<RoundDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(action.get());
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, round.nameEn());
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** After a refusal: shows the round as it now is when someone else changed it. */
    private void reload() {
        RoundDetails now = rounds.get(round.id());
        if (now.version() != round.version()) {
            show(now);
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    public boolean isNew() {
        return round == null;
    }

    /** Officers write new drafts and revise drafts. */
    public boolean isEditable() {
        return government != null && (round == null || round.status() == RoundStatus.DRAFT);
    }

    /** Offered to an officer of a government that has not signed yet, who did not draft the round. */
    public boolean isCanSignOff() {
        if (government == null || round == null || round.status() != RoundStatus.DRAFT
                || username.equals(round.draftedBy())) {
            return false;
        }
        return government == CountryCode.US ? round.usApprovedBy() == null : round.krApprovedBy() == null;
    }

    public boolean isCanCloseClaims() {
        return government != null && round != null && round.status() == RoundStatus.OPEN;
    }

    /** Active materials, read once per view. */
    public List<MaterialSummary> getMaterialOptions() {
        if (materialOptions == null) {
            materialOptions = reference.materials(false);
        }
        return materialOptions;
    }

    public List<CostCategorySummary> getCategoryOptions() {
        if (categoryOptions == null) {
            categoryOptions = reference.costCategories(false);
        }
        return categoryOptions;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public RoundDetails getRound() {
        return round;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public LocalDateTime getApplicationOpensAt() {
        return applicationOpensAt;
    }

    public void setApplicationOpensAt(LocalDateTime applicationOpensAt) {
        this.applicationOpensAt = applicationOpensAt;
    }

    public LocalDateTime getApplicationClosesAt() {
        return applicationClosesAt;
    }

    public void setApplicationClosesAt(LocalDateTime applicationClosesAt) {
        this.applicationClosesAt = applicationClosesAt;
    }

    public LocalDateTime getClaimOpensAt() {
        return claimOpensAt;
    }

    public void setClaimOpensAt(LocalDateTime claimOpensAt) {
        this.claimOpensAt = claimOpensAt;
    }

    public LocalDateTime getClaimClosesAt() {
        return claimClosesAt;
    }

    public void setClaimClosesAt(LocalDateTime claimClosesAt) {
        this.claimClosesAt = claimClosesAt;
    }

    public String getDisplayZone() {
        return displayZone;
    }

    public void setDisplayZone(String displayZone) {
        this.displayZone = displayZone;
    }

    public BigDecimal getEligibleSharePercent() {
        return eligibleSharePercent;
    }

    public void setEligibleSharePercent(BigDecimal eligibleSharePercent) {
        this.eligibleSharePercent = eligibleSharePercent;
    }

    public BigDecimal getUsContribution() {
        return usContribution;
    }

    public void setUsContribution(BigDecimal usContribution) {
        this.usContribution = usContribution;
    }

    public LocalDate getUsPledgedOn() {
        return usPledgedOn;
    }

    public void setUsPledgedOn(LocalDate usPledgedOn) {
        this.usPledgedOn = usPledgedOn;
    }

    public BigDecimal getKrContribution() {
        return krContribution;
    }

    public void setKrContribution(BigDecimal krContribution) {
        this.krContribution = krContribution;
    }

    public LocalDate getKrPledgedOn() {
        return krPledgedOn;
    }

    public void setKrPledgedOn(LocalDate krPledgedOn) {
        this.krPledgedOn = krPledgedOn;
    }

    public List<String> getMaterials() {
        return materials;
    }

    public void setMaterials(List<String> materials) {
        this.materials = materials == null ? new ArrayList<>() : new ArrayList<>(materials);
    }

    public List<String> getCostCategories() {
        return costCategories;
    }

    public void setCostCategories(List<String> costCategories) {
        this.costCategories = costCategories == null ? new ArrayList<>() : new ArrayList<>(costCategories);
    }
}
