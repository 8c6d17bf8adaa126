package org.usrok.fund.web.reference;

import org.usrok.fund.reference.CostCategorySummary;

import java.io.Serializable;

/** A cost category; {@code computedByRule} marks the price differential, whose amount the fund computes. */
public record CostCategoryResponse(String code, String nameEn, String nameKo, boolean computedByRule,
                                   boolean active) implements Serializable {

    static CostCategoryResponse of(CostCategorySummary c) {
        return new CostCategoryResponse(c.code(), c.nameEn(), c.nameKo(), c.computedByRule(), c.active());
    }
}
