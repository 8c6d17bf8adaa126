package org.usrok.fund.web.allocation;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.allocation.AllocationCommitmentException;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.ApprovalBlocker;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.LazyTables;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One allocation scenario: its choices, pools, leftovers, cited rate, digests, approvals and
 * shares (paged), its certificate as a download, and the actions an officer may take on it:
 * propose, approve for their government, decline with a reason. Actions are offered where the
 * service would allow them; the service decides, and a refusal is shown, never a failure page.
 * Where an officer may not approve, the page says why in the service's terms
 * ({@link AllocationService#approvalBlocker}); a proposal refused because another scenario is
 * proposed links to that scenario.
 */
@Named
@ViewScoped
public class ScenarioView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "scenarioForm";
    static final FieldIds FIELDS = new FieldIds(FORM, "", Set.of("reason"), Set.of());

    @Inject
    AllocationService allocations;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long id;
    private CountryCode government;
    private ApprovalBlocker approvalBlocker;
    private Long blockingScenarioId;
    private ScenarioDetails scenario;
    private String reason;
    private final ShareTable shares = new ShareTable();

    public void load() {
        Actor actor = currentActor.get();
        government = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        if (id == null) {
            return;
        }
        try {
            scenario = allocations.get(id);
            approvalBlocker = allocations.approvalBlocker(id).orElse(null);
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), FIELDS, e);
        }
    }

    public void propose() {
        act(() -> allocations.propose(scenario.id(), scenario.version()), "done.allocation.proposed");
    }

    public void approve() {
        act(() -> allocations.approve(scenario.id(), scenario.version()), "done.allocation.approved");
    }

    public void decline() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (reason == null || reason.isBlank()) {
            Messages.field(faces, FORM + ":reason", "allocation.reason.required");
            return;
        }
        act(() -> allocations.decline(scenario.id(), scenario.version(), reason), "done.allocation.declined");
    }

    private void act(Supplier<ScenarioDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            scenario = action.get();
            approvalBlocker = allocations.approvalBlocker(scenario.id()).orElse(null);
            blockingScenarioId = null;
            reason = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, scenario.name());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (AllocationCommitmentException e) {
            messages.rule(faces, FIELDS, e);
            blockingScenarioId = e.blockingScenarioId();
            reload();
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** After a refusal: shows the scenario as it now is when someone else changed it. */
    private void reload() {
        ScenarioDetails now = allocations.get(scenario.id());
        approvalBlocker = allocations.approvalBlocker(now.id()).orElse(null);
        if (now.version() != scenario.version()) {
            scenario = now;
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    /** The certificate exactly as stored, named after the scenario. */
    public StreamedContent getCertificate() {
        long scenarioId = scenario.id();
        return DefaultStreamedContent.builder().name("allocation-certificate-" + scenarioId + ".txt")
                .contentType("text/plain; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(allocations.certificate(scenarioId)
                        .getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private boolean open() {
        return government != null && scenario != null;
    }

    /** A simulated or declined scenario may be put forward by any officer. */
    public boolean isCanPropose() {
        return open() && (scenario.status() == ScenarioStatus.SIMULATED || scenario.status() == ScenarioStatus.DECLINED);
    }

    /** Offered where the service names no reason against the user's approving (not the proposer, etc.). */
    public boolean isCanApprove() {
        return scenario != null && approvalBlocker == null;
    }

    /**
     * Why the user may not approve the proposed scenario (the message key's suffix), or
     * {@code null} when the scenario is not proposed or they may.
     */
    public ApprovalBlocker getApprovalBlocker() {
        return scenario == null || scenario.status() != ScenarioStatus.PROPOSED ? null : approvalBlocker;
    }

    /** The proposed scenario that stood in the way of the last proposal, or {@code null}. */
    public Long getBlockingScenarioId() {
        return blockingScenarioId;
    }

    /** Any officer may decline a proposal (the proposer withdraws it this way). */
    public boolean isCanDecline() {
        return open() && scenario.status() == ScenarioStatus.PROPOSED;
    }

    public ScenarioDetails getScenario() {
        return scenario;
    }

    public LazyDataModel<ShareLine> getShares() {
        return shares;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Pages through the scenario's shares in the database, by claim. */
    private final class ShareTable extends LazyDataModel<ShareLine> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return scenario == null ? 0 : scenario.claimCount();
        }

        @Override
        public List<ShareLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            if (scenario == null) {
                return List.of();
            }
            var page = allocations.shares(scenario.id(), LazyTables.page(first, pageSize));
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(ShareLine line) {
            return String.valueOf(line.claimId());
        }
    }
}
