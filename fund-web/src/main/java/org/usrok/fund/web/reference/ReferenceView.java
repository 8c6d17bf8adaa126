package org.usrok.fund.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.reference.AddMaterial;
import org.usrok.fund.reference.CostCategorySummary;
import org.usrok.fund.reference.MaterialSummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Administrators' reference data: critical materials (add, (de)activate) and cost categories ((de)activate). */
@Named
@ViewScoped
public class ReferenceView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FieldIds FIELDS = new FieldIds("newMaterial", "", Set.of("code", "nameEn", "nameKo", "hsCodes"),
            Set.of());
    static final FieldIds TABLES = new FieldIds("materialsForm", "", Set.of(), Set.of());

    @Inject
    ReferenceDataService reference;

    @Inject
    Messages messages;

    private List<MaterialSummary> materials;
    private List<CostCategorySummary> categories;
    private HashMap<String, Boolean> materialActive;
    private HashMap<String, Boolean> categoryActive;
    private String code;
    private String nameEn;
    private String nameKo;
    private String hsCodes;

    @PostConstruct
    void load() {
        materials = reference.materials(true);
        categories = reference.costCategories(true);
        materialActive = new HashMap<>();
        materials.forEach(m -> materialActive.put(m.code(), m.active()));
        categoryActive = new HashMap<>();
        categories.forEach(c -> categoryActive.put(c.code(), c.active()));
    }

    public void addMaterial() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var added = reference.addMaterial(new AddMaterial(code == null ? null : code.strip(), nameEn, nameKo,
                    hsCodes == null ? null : hsCodes.strip()));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.reference.materialAdded", added.code());
            code = null;
            nameEn = null;
            nameKo = null;
            hsCodes = null;
            load();
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FIELDS, e);
        }
    }

    /** The switch of a material changed: activates or retires it as the switch now says. */
    public void materialSwitched(String materialCode) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var changed = reference.setMaterialActive(materialCode, Boolean.TRUE.equals(materialActive.get(materialCode)));
            Messages.global(faces, FacesMessage.SEVERITY_INFO,
                    changed.active() ? "done.reference.activated" : "done.reference.deactivated", changed.code());
        } catch (BusinessRuleException e) {
            messages.rule(faces, TABLES, e);
        }
        load();
    }

    /** The switch of a cost category changed: activates or retires it as the switch now says. */
    public void categorySwitched(String categoryCode) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var changed = reference.setCategoryActive(categoryCode, Boolean.TRUE.equals(categoryActive.get(categoryCode)));
            Messages.global(faces, FacesMessage.SEVERITY_INFO,
                    changed.active() ? "done.reference.activated" : "done.reference.deactivated", changed.code());
        } catch (BusinessRuleException e) {
            messages.rule(faces, TABLES, e);
        }
        load();
    }

    public Map<String, Boolean> getMaterialActive() {
        return materialActive;
    }

    public Map<String, Boolean> getCategoryActive() {
        return categoryActive;
    }

    public List<MaterialSummary> getMaterials() {
        return materials;
    }

    public List<CostCategorySummary> getCategories() {
        return categories;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getHsCodes() {
        return hsCodes;
    }

    public void setHsCodes(String hsCodes) {
        this.hsCodes = hsCodes;
    }
}
