package org.usrok.fund.reference;

/** A cost category as lists and pick-lists show it. */
public record CostCategorySummary(String code, String nameEn, String nameKo, boolean computedByRule,
                                  boolean active) {

    public static CostCategorySummary of(CostCategory c) {
        return new CostCategorySummary(c.getCode(), c.getNameEn(), c.getNameKo(), c.isComputedByRule(),
                c.isActive());
    }
}
