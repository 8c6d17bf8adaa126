package org.usrok.fund.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.EntityNotFoundException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads and maintains the reference data. Everyone signed in reads it (pick-lists); only
 * administrators add materials or (de)activate entries, each change audited. Other services use
 * {@link #requireActiveMaterials} and the {@code requireActiveCategories} methods to refuse retired or
 * unknown codes.
 */
@Stateless
public class ReferenceDataService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @PermitAll
    public List<MaterialSummary> materials(boolean includeInactive) {
        return em.createQuery("select m from CriticalMaterial m where m.active = true or :all = true order by m.code",
                        CriticalMaterial.class)
                .setParameter("all", includeInactive)
                .getResultStream().map(MaterialSummary::of).toList();
    }

    @PermitAll
    public List<CostCategorySummary> costCategories(boolean includeInactive) {
        return em.createQuery("select c from CostCategory c where c.active = true or :all = true order by c.code",
                        CostCategory.class)
                .setParameter("all", includeInactive)
                .getResultStream().map(CostCategorySummary::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public MaterialSummary addMaterial(@NotNull @Valid AddMaterial command) {
        if (em.find(CriticalMaterial.class, command.code()) != null) {
            throw new MaterialCodeTakenException(command.code());
        }
        var material = new CriticalMaterial(command.code(), command.nameEn().strip(), command.nameKo().strip(),
                command.hsCodes() == null || command.hsCodes().isBlank() ? null : command.hsCodes());
        em.persist(material);
        var summary = MaterialSummary.of(material);
        audit.record("MATERIAL_ADDED", CriticalMaterial.ENTITY, material.getCode(), null, summary);
        return summary;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public MaterialSummary setMaterialActive(@NotNull String code, boolean active) {
        CriticalMaterial material = em.find(CriticalMaterial.class, code);
        if (material == null) {
            throw new EntityNotFoundException(CriticalMaterial.ENTITY, code);
        }
        var before = MaterialSummary.of(material);
        material.setActive(active);
        var after = MaterialSummary.of(material);
        audit.record(active ? "MATERIAL_ACTIVATED" : "MATERIAL_DEACTIVATED", CriticalMaterial.ENTITY, code, before,
                after);
        return after;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CostCategorySummary setCategoryActive(@NotNull String code, boolean active) {
        CostCategory category = em.find(CostCategory.class, code);
        if (category == null) {
            throw new EntityNotFoundException(CostCategory.ENTITY, code);
        }
        var before = CostCategorySummary.of(category);
        category.setActive(active);
        var after = CostCategorySummary.of(category);
        audit.record(active ? "COST_CATEGORY_ACTIVATED" : "COST_CATEGORY_DEACTIVATED", CostCategory.ENTITY, code,
                before, after);
        return after;
    }

    /** The given material codes, de-duplicated in order; refuses any that is unknown or retired. */
    @PermitAll
    public Set<String> requireActiveMaterials(String field, Collection<String> codes) {
        Set<String> unique = new LinkedHashSet<>(codes);
        for (String code : unique) {
            CriticalMaterial material = code == null ? null : em.find(CriticalMaterial.class, code);
            if (material == null || !material.isActive()) {
                throw new UnknownReferenceException(field, code);
            }
        }
        return unique;
    }

    @PermitAll
    public Set<String> requireActiveCategories(String field, Collection<String> codes) {
        Set<String> unique = new LinkedHashSet<>(codes);
        requireActiveCategories(new ArrayList<>(unique), i -> field); // a null code is refused too
        return unique;
    }

    /**
     * The active cost categories named by {@code codes}, in their order, read in one query (a
     * claim's lines name one each). An unknown or retired code is refused like any other, naming
     * the input {@code field.apply(i)} of its position {@code i}.
     */
    @PermitAll
    public List<CostCategorySummary> requireActiveCategories(List<String> codes, IntFunction<String> field) {
        Map<String, CostCategorySummary> active = new HashMap<>();
        if (codes.stream().anyMatch(Objects::nonNull)) {
            // every active category, not those named: the list is short and fixed (eight in V4, none
            // can be added), and a query without an IN list keeps its SQL translation, which
            // Hibernate builds again on every call for one with (issue 16, docs/performance.md)
            em.createQuery("select new org.usrok.fund.reference.CostCategorySummary(c.code, c.nameEn, c.nameKo,"
                            + " c.computedByRule, c.active) from CostCategory c where c.active = true",
                            CostCategorySummary.class)
                    .getResultStream()
                    .forEach(c -> active.put(c.code(), c));
        }
        List<CostCategorySummary> categories = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            CostCategorySummary category = codes.get(i) == null ? null : active.get(codes.get(i));
            if (category == null) {
                throw new UnknownReferenceException(field.apply(i), codes.get(i));
            }
            categories.add(category);
        }
        return categories;
    }
}
