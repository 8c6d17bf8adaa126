package org.usrok.fund.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of diversification cost a claim line can be for. A category {@code computedByRule}
 * (the price differential) has its amount computed by the fund's rule, never typed in.
 */
@Entity
@Table(name = "cost_category")
public class CostCategory {

    /** The one category whose amount the fund computes: (new - old unit price) x quantity x eligible share. */
    public static final String PRICE_DIFFERENTIAL = "PRICE_DIFFERENTIAL";
    static final String ENTITY = "CostCategory";

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_ko", nullable = false, length = 120)
    private String nameKo;

    @Column(name = "computed_by_rule", nullable = false)
    private boolean computedByRule;

    @Column(nullable = false)
    private boolean active;

    protected CostCategory() {
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

    public boolean isComputedByRule() {
        return computedByRule;
    }

    public boolean isActive() {
        return active;
    }
}
