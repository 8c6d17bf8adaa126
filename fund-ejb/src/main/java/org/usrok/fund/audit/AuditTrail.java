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
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.security.Role;
import org.usrok.fund.security.UserAccount;
import org.usrok.fund.shared.AllPages;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.Filters;
import org.usrok.fund.shared.Page;
import org.usrok.fund.shared.PageRequest;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the audit trail. Writing a change requires the caller's transaction
 * ({@link TransactionAttributeType#MANDATORY}): the record commits or rolls back with the change
 * it describes, never on its own. A refusal is the one record written in a transaction of its own
 * ({@link #recordRefusal}), because the refused call's transaction rolls back.
 */
@Stateless
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    static final String EXPORT_ENTITY = "AuditTrailExport";

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
     * Records that the current caller attempted {@code action} on an entity and a business rule
     * refused it: {@code rule} is the rule's stable name (the API's problem type) and
     * {@code message} what the caller was told, in English. {@code REQUIRES_NEW}: the refused
     * call's transaction rolls back, and the refusal must outlive it. Called by
     * {@link RefusalAuditInterceptor}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordRefusal(@NotNull String action, @NotNull String entityType, @NotNull Object entityId,
                                    @NotNull String rule, @NotNull String message) {
        AuditRecord record = AuditRecord.refusal(Clock.now(), context.getCallerPrincipal().getName(), action,
                entityType, String.valueOf(entityId), rule, message);
        em.persist(record);
        return AuditEntry.of(record);
    }

    /**
     * The history of one entity for a service that has already checked the caller may see the
     * entity (e.g. a company reading its own claim's history). {@code MANDATORY}: callable only
     * from inside such a service, never directly.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<AuditEntry> historyOfVisibleEntity(String entityType, Object entityId) {
        return em.createQuery("select r from AuditRecord r where r.entityType = :type and r.entityId = :id "
                        + "order by r.occurredAt, r.id", AuditRecord.class)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId))
                .setMaxResults(1000)
                .getResultStream().map(AuditEntry::of).toList();
    }

    /**
     * The history of one entity as its company sees it: officers appear by their role
     * ({@code OFFICER_US}, {@code OFFICER_KR}), not their login name, and the before/after
     * snapshots (which name officers too) are left out. Users of the company itself keep their
     * names. Officers decide as their government, not as persons, so a company has no business
     * with who; auditors and officers read the full history. Refused attempts are left out too:
     * they are officers' business, not the company's. {@code MANDATORY} like
     * {@link #historyOfVisibleEntity}: the caller has already checked the company owns the entity.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<AuditEntry> historyAsSeenByCompany(String entityType, Object entityId, long companyId) {
        Map<String, String> shownAs = new LinkedHashMap<>();
        List<AuditEntry> out = new ArrayList<>();
        for (AuditEntry e : historyOfVisibleEntity(entityType, entityId)) {
            if (e.refused()) {
                continue;
            }
            String actor = shownAs.computeIfAbsent(e.actor(), name -> actorAsSeenByCompany(name, companyId));
            out.add(new AuditEntry(e.id(), e.occurredAt(), actor, e.action(), e.entityType(), e.entityId(), null, null,
                    e.outcome(), null, null));
        }
        return out;
    }

    private String actorAsSeenByCompany(String username, long companyId) {
        UserAccount account = em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (account == null) {
            return username;
        }
        if (account.getCompanyId() != null && account.getCompanyId() == companyId) {
            return account.getUsername();
        }
        return account.getRoles().stream().filter(r -> r == Role.OFFICER_US || r == Role.OFFICER_KR)
                .map(Role::name).findFirst().orElse(Role.ADMIN.name());
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

    /**
     * Every record matching {@code query}, newest first, for the search page's spreadsheet export.
     * The export is itself recorded ({@code AUDIT_TRAIL_EXPORTED}, with the filter and the number of
     * records), like every export of the ledger: who took which part of the trail away stays provable.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public List<AuditEntry> exportSearch(@NotNull AuditQuery query) {
        List<AuditEntry> records = AllPages.of(page -> search(query, page));
        Instant exportedAt = Clock.now();
        record("AUDIT_TRAIL_EXPORTED", EXPORT_ENTITY, exportedAt, null, new AuditTrailExported(exportedAt, query,
                records.size()));
        return records;
    }

    /** What the trail keeps of its own export: when, the filter, and how many records it held. */
    public record AuditTrailExported(Instant exportedAt, AuditQuery filter, int records) implements Serializable {
    }

    /**
     * The auditors' search of the whole trail: records matching every given filter, newest first
     * (ties by id, so pages are stable while records are added). Each filter is an equality or a
     * range on an indexed column ({@code V1}, {@code V9}, {@code V17}), so neither the page nor the
     * count scans the table. Officers and administrators read it too; nobody changes it.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public Page<AuditEntry> search(@NotNull AuditQuery query, @NotNull PageRequest page) {
        Filters filters = new Filters()
                .where("r.actor = :actor", "actor", query.actor())
                .where("r.entityType = :entityType", "entityType", query.entityType())
                .where("r.entityId = :entityId", "entityId", query.entityId())
                .where("r.action = :action", "action", query.action())
                .where("r.occurredAt >= :from", "from", query.from())
                .where("r.occurredAt < :to", "to", query.to())
                .where("r.outcome = :outcome", "outcome", query.outcome());
        TypedQuery<Long> count = filters.bind(em.createQuery("select count(r) from AuditRecord r" + filters.clause(),
                Long.class));
        TypedQuery<AuditRecord> select = filters.bind(em.createQuery("select r from AuditRecord r" + filters.clause()
                + " order by r.occurredAt desc, r.id desc", AuditRecord.class));
        List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(AuditEntry::of).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }


    /**
     * The actions and entity types present in the trail, for the search's choices (read from the
     * indexes). Sorted here rather than by the database, whose collation may order underscores
     * differently on H2 and PostgreSQL.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.OFFICER_US_NAME, Role.OFFICER_KR_NAME})
    public AuditFilterValues filterValues() {
        return new AuditFilterValues(
                em.createQuery("select distinct r.action from AuditRecord r", String.class)
                        .getResultStream().sorted().toList(),
                em.createQuery("select distinct r.entityType from AuditRecord r", String.class)
                        .getResultStream().sorted().toList());
    }
}
