package org.usrok.fund.attachment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.Sha256;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stores and serves evidence files. Storing is part of the owning application's or claim's
 * transaction (the services of those aggregates decide who may attach what, and when); the
 * checks on the file itself are made here: size limit ({@code fund.attachments.max-bytes},
 * default 10 MiB), type from content, extension matching the type, sanitised name, SHA-256.
 * Downloads are for the owning company's users, officers and auditors; anyone else is told the
 * file does not exist.
 */
@Stateless
public class AttachmentStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "fund.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AttachmentSummary store(Attachment.Owner ownerType, long ownerId, long companyId, UploadFile file) {
        byte[] content = file.content();
        if (content.length == 0) {
            throw AttachmentRejectedException.empty();
        }
        if (content.length > maxBytes) {
            throw AttachmentRejectedException.tooLarge(content.length, maxBytes);
        }
        String name = FileNames.sanitise(file.fileName());
        String extension = FileNames.extension(name);
        FileType type = FileTypeDetector.detect(content, extension)
                .orElseThrow(() -> AttachmentRejectedException.typeNotAllowed(name.isEmpty() ? "-" : name));
        if (name.isEmpty()) {
            throw AttachmentRejectedException.nameMismatch("-", type);
        }
        if (!type.extensions().contains(extension)) {
            throw AttachmentRejectedException.nameMismatch(name, type);
        }
        var attachment = new Attachment(ownerType, ownerId, companyId, name, type, content.length, Sha256.hex(content),
                currentActor.get().username(), Clock.now());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        var summary = AttachmentSummary.of(attachment);
        audit.record("ATTACHMENT_UPLOADED", Attachment.ENTITY, attachment.getId(), null, summary);
        return summary;
    }

    /** The attachments of many owners in one query, by owner id (an owner without any is absent). */
    @PermitAll
    public Map<Long, List<AttachmentSummary>> listAll(Attachment.Owner ownerType, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Attachment a where a.ownerType = :type and a.ownerId in :owners order by a.id",
                        Attachment.class)
                .setParameter("type", ownerType).setParameter("owners", ownerIds)
                .getResultStream().collect(Collectors.groupingBy(Attachment::getOwnerId,
                        Collectors.mapping(AttachmentSummary::of, Collectors.toList())));
    }

    @PermitAll
    public List<AttachmentSummary> list(Attachment.Owner ownerType, long ownerId) {
        return em.createQuery("select a from Attachment a where a.ownerType = :type and a.ownerId = :owner order by a.id",
                        Attachment.class)
                .setParameter("type", ownerType).setParameter("owner", ownerId)
                .getResultStream().map(AttachmentSummary::of).toList();
    }

    @RolesAllowed({Role.COMPANY_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME, Role.AUDITOR_NAME})
    public AttachmentDownload download(long attachmentId) {
        Actor actor = currentActor.get();
        Attachment attachment = em.find(Attachment.class, attachmentId);
        boolean own = attachment != null && Long.valueOf(attachment.getCompanyId()).equals(actor.companyId());
        boolean allowed = own || attachment != null && (actor.isOfficer() || actor.has(Role.AUDITOR))
                && !ofDraft(attachment);
        if (!allowed) {
            throw new EntityNotFoundException(Attachment.ENTITY, attachmentId);
        }
        byte[] content = em.find(AttachmentContent.class, attachmentId).getContent();
        return new AttachmentDownload(AttachmentSummary.of(attachment), content);
    }

    /**
     * Evidence of a claim or an application still in draft is the company's private work like the
     * draft itself (ClaimService and ApplicationService hide drafts from everyone else). Queried by
     * entity name so that this package does not depend on the claim and application packages,
     * which depend on it.
     */
    private boolean ofDraft(Attachment attachment) {
        if (attachment.getOwnerType() == Attachment.Owner.APPLICATION) {
            return em.createQuery("select count(a) from FundApplication a where a.id = :id"
                            + " and a.status = org.usrok.fund.application.ApplicationStatus.DRAFT", Long.class)
                    .setParameter("id", attachment.getOwnerId()).getSingleResult() > 0;
        }
        return attachment.getOwnerType() == Attachment.Owner.CLAIM && em.createQuery(
                        "select count(c) from DiversificationClaim c where c.id = :id"
                                + " and c.status = org.usrok.fund.claim.ClaimStatus.DRAFT", Long.class)
                .setParameter("id", attachment.getOwnerId()).getSingleResult() > 0;
    }
}
