package org.usrok.fund.web.reference;

import org.usrok.fund.reference.MaterialSummary;

import java.io.Serializable;

/** A critical material: code, English and Korean names, HS codes, whose list names it, and whether rounds may still choose it. */
public record MaterialResponse(String code, String nameEn, String nameKo, String hsCodes, String listedBy,
                               boolean active) implements Serializable {

    static MaterialResponse of(MaterialSummary m) {
        return new MaterialResponse(m.code(), m.nameEn(), m.nameKo(), m.hsCodes(), m.listedBy(), m.active());
    }
}
