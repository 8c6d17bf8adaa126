package org.usrok.fund.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

/**
 * Writes and reads the audit trail. Writing requires the caller's transaction
 * ({@link TransactionAttributeType#MANDATORY}): the record commits or rolls back with the change
 * it describes, never on its own.
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Records a change made by the current caller; {@code before} is null for a creation. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        recordAs(context.getCallerPrincipal().getName(), action, entityType, entityId, before, after);
    }

    /** Records a change made by a named system actor (e.g. the demo data loader). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Object entityId, Object before,
                         Object after) {
        em.persist(new AuditRecord(Clock.now(), actor, action, entityType, String.valueOf(entityId),
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    /**
     * The history of one entity for a service that has already checked the caller may see the
     * entity (e.g. a company reading its own claim's history). {@code MANDATORY}: callable only
     * from inside such a service, never directly.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public java.util.List<AuditEntry> historyOfVisibleEntity(String entityType, Object entityId) {
        return em.createQuery("select r from AuditRecord r where r.entityType = :type and r.entityId = :id "
                        + "order by r.occurredAt, r.id", AuditRecord.class)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId))
                .setMaxResults(1000)
                .getResultStream().map(AuditEntry::of).toList();
    }

    /** The history of one entity, oldest first. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Page<AuditEntry> history(String entityType, String entityId, PageRequest page) {
        long total = em.createQuery("select count(r) from AuditRecord r where r.entityType = :type and r.entityId = :id",
                        Long.class)
                .setParameter("type", entityType).setParameter("id", entityId).getSingleResult();
        var items = em.createQuery("select r from AuditRecord r where r.entityType = :type and r.entityId = :id "
                        + "order by r.occurredAt, r.id", AuditRecord.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(AuditEntry::of).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
