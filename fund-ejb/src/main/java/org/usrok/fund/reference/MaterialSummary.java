package org.usrok.fund.reference;

/** A critical material as lists and pick-lists show it. */
public record MaterialSummary(String code, String nameEn, String nameKo, String hsCodes, String listedBy,
                              boolean active) {

    public static MaterialSummary of(CriticalMaterial m) {
        return new MaterialSummary(m.getCode(), m.getNameEn(), m.getNameKo(), m.getHsCodes(), m.getListedBy(),
                m.isActive());
    }
}
