package org.usrok.fund.reference;

import java.io.Serializable;

/** A critical material as lists and pick-lists show it. */
public record MaterialSummary(String code, String nameEn, String nameKo, String hsCodes, String listedBy,
                              boolean active) implements Serializable {

    public static MaterialSummary of(CriticalMaterial m) {
        return new MaterialSummary(m.getCode(), m.getNameEn(), m.getNameKo(), m.getHsCodes(), m.getListedBy(),
                m.isActive());
    }
}
