package org.usrok.fund.reference;

import java.io.Serializable;

/** A cost category as lists and pick-lists show it. */
public record CostCategorySummary(String code, String nameEn, String nameKo, boolean computedByRule,
                                  boolean active) implements Serializable {

    public static CostCategorySummary of(CostCategory c) {
        return new CostCategorySummary(c.getCode(), c.getNameEn(), c.getNameKo(), c.isComputedByRule(),
                c.isActive());
    }
}
