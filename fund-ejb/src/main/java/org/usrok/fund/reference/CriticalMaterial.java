package org.usrok.fund.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A critical material whose supply the fund helps diversify. {@code listedBy} tells which
 * government's list names it ({@code US}, {@code KR}, {@code BOTH}, or {@code FUND} for materials
 * the administrators added). A material is retired by deactivating it: rounds and applications
 * that named it keep doing so, new rounds can no longer choose it.
 */
@Entity
@Table(name = "critical_material")
public class CriticalMaterial {

    static final String ENTITY = "CriticalMaterial";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_ko", nullable = false, length = 120)
    private String nameKo;

    @Column(name = "hs_codes", length = 200)
    private String hsCodes;

    @Column(name = "listed_by", nullable = false, length = 20)
    private String listedBy;

    @Column(nullable = false)
    private boolean active;

    protected CriticalMaterial() {
    }

    CriticalMaterial(String code, String nameEn, String nameKo, String hsCodes) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameKo = nameKo;
        this.hsCodes = hsCodes;
        this.listedBy = "FUND";
        this.active = true;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getHsCodes() {
        return hsCodes;
    }

    public String getListedBy() {
        return listedBy;
    }

    public boolean isActive() {
        return active;
    }
}
