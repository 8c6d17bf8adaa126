package org.usrok.fund.web.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.ledger.checkpoint.CheckpointPublicKey;
import org.usrok.fund.ledger.checkpoint.CheckpointService;
import org.usrok.fund.ledger.checkpoint.CheckpointSummary;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The signed checkpoints for auditors and officers: the fund's public key to pin, every
 * checkpoint with its countersignatures and its file for the offline verifier, "Record checkpoint
 * now", and "Countersign" where the
 * service says the viewer may (an officer whose government has not countersigned yet). Refusals
 * are shown as messages in the viewer's language.
 */
@Named
@ViewScoped
public class CheckpointsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckpointService checkpoints;

    @Inject
    Messages messages;

    private List<CheckpointSummary> list;
    private CheckpointPublicKey publicKey;

    @PostConstruct
    void init() {
        publicKey = checkpoints.publicKey();
        list = checkpoints.list();
    }

    public void record() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            CheckpointSummary created = checkpoints.record();
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "checkpoints.recorded", created.id(), created.sequence());
        } catch (BusinessRuleException e) {
            messages.rule(faces, "checkpointsForm", Set.of(), e);
        }
        list = checkpoints.list();
    }

    public void countersign(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            checkpoints.countersign(id);
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "checkpoints.countersigned", id);
        } catch (BusinessRuleException e) {
            messages.rule(faces, "checkpointsForm", Set.of(), e);
        }
        list = checkpoints.list();
    }

    /** A checkpoint as a file for the offline verifier's {@code --anchor-checkpoint} (the API's {@code /file}). */
    public StreamedContent file(long id) {
        CheckpointSummary checkpoint = checkpoints.checkpoint(id);
        byte[] bytes = checkpoint.fileText().getBytes(StandardCharsets.US_ASCII);
        return DefaultStreamedContent.builder().name(checkpoint.fileName()).contentType("text/plain; charset=US-ASCII")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<CheckpointSummary> getList() {
        return list;
    }

    public CheckpointPublicKey getPublicKey() {
        return publicKey;
    }
}
